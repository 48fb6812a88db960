import { describe, expect, it } from "vitest";
import {
  readPeopleParams,
  withoutFilters,
  withParam,
  withSort,
  withTargetToggled,
} from "./people-search-params.js";

const params = (text: string) => new URLSearchParams(text);

describe("people search params", () => {
  it("reads no parameters as everyone, by name A→Z", () => {
    expect(readPeopleParams(params(""))).toEqual({
      query: { sort: "name", direction: "asc" },
      sort: "name",
      direction: "asc",
      text: "",
    });
  });

  it("reads every filter, the repeated targets and the sort", () => {
    expect(
      readPeopleParams(
        params(
          "q=+ana+&organization=o1&location=Boston&source=friend&stage=contacted&target=t1&target=t2&sort=updated&direction=desc",
        ),
      ),
    ).toEqual({
      query: {
        sort: "updated",
        direction: "desc",
        text: "ana",
        organizationId: "o1",
        location: "Boston",
        source: "friend",
        stage: "contacted",
        targetIds: ["t1", "t2"],
      },
      sort: "updated",
      direction: "desc",
      text: " ana ",
    });
  });

  it("leaves out values the server would not know", () => {
    expect(
      readPeopleParams(
        params("source=carrier-pigeon&stage=asleep&sort=shoe-size&direction=up&target="),
      ),
    ).toEqual({
      query: { sort: "name", direction: "asc" },
      sort: "name",
      direction: "asc",
      text: "",
    });
  });

  it("sets a filter and removes it when emptied", () => {
    expect(withParam(params("sort=updated"), "location", "Paris").toString()).toBe(
      "sort=updated&location=Paris",
    );
    expect(withParam(params("location=Paris&q=x"), "location", "").toString()).toBe("q=x");
  });

  it("flips the order on the same column and starts a new one in its natural order", () => {
    expect(withSort(params(""), "name").toString()).toBe("sort=name&direction=desc");
    expect(withSort(params("sort=name&direction=desc"), "name").toString()).toBe("");
    expect(withSort(params("q=a"), "updated").toString()).toBe("q=a&sort=updated&direction=desc");
    expect(withSort(params("sort=updated&direction=desc"), "updated").toString()).toBe(
      "sort=updated&direction=asc",
    );
    expect(withSort(params("sort=updated&direction=desc"), "organization").toString()).toBe(
      "sort=organization&direction=asc",
    );
  });

  it("adds and removes one target, keeping the others in order", () => {
    expect(withTargetToggled(params("target=t1"), "t2").toString()).toBe("target=t1&target=t2");
    expect(withTargetToggled(params("target=t1&target=t2&q=a"), "t1").toString()).toBe(
      "q=a&target=t2",
    );
  });

  it("clears every filter but keeps the sort", () => {
    expect(
      withoutFilters(
        params(
          "q=a&organization=o&location=l&source=friend&stage=contacted&target=t&sort=updated&direction=desc",
        ),
      ).toString(),
    ).toBe("sort=updated&direction=desc");
  });
});
