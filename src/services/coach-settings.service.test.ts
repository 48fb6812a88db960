import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { defaultCoachLimits } from "../domain/coach-settings.js";
import { getCoachLimits, saveCoachLimits } from "./coach-settings.service.js";
import { getCadenceSettings, saveCadenceSettings } from "./today.service.js";

describe.each(storeTargets)("coach limits on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    it("starts at the defaults and keeps what is saved, merged over the current values", async () => {
      const { context } = current.clock;
      expect(await getCoachLimits(context)).toEqual(defaultCoachLimits);
      expect(await saveCoachLimits(context, { emailWords: 40 })).toEqual({
        ...defaultCoachLimits,
        emailWords: 40,
      });
      await saveCoachLimits(context, { letterWords: 350 });
      expect(await getCoachLimits(context)).toEqual({
        ...defaultCoachLimits,
        emailWords: 40,
        letterWords: 350,
      });
    });

    it("refuses a limit out of range at its field and keeps the saved ones", async () => {
      const { context } = current.clock;
      await saveCoachLimits(context, { emailWords: 60 });
      await expect(saveCoachLimits(context, { networkMessageWords: 5 })).rejects.toMatchObject({
        code: "validation_failed",
        fields: { networkMessageWords: "The message limit must be at least 20 words" },
      });
      expect((await getCoachLimits(context)).emailWords).toBe(60);
    });

    it("saving the coach's limits leaves the cadence alone, and the other way round", async () => {
      const { context } = current.clock;
      await saveCadenceSettings(context, { followUpCallDays: 10 });
      await saveCoachLimits(context, { emailWords: 40 });
      expect((await getCadenceSettings(context)).followUpCallDays).toBe(10);
      await saveCadenceSettings(context, { followUpCallDays: 12 });
      expect((await getCoachLimits(context)).emailWords).toBe(40);
      expect((await getCadenceSettings(context)).followUpCallDays).toBe(12);
    });
  });
});
