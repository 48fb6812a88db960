import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type MailDraft, mailApi, type SmtpAccountDraft } from "./mail-api.js";

export const mailKeys = {
  smtp: ["settings", "smtp"] as const,
  resume: ["settings", "resume"] as const,
};

export function useSmtpAccount() {
  return useQuery({ queryKey: mailKeys.smtp, queryFn: mailApi.getSmtpAccount });
}

export function useSaveSmtpAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: SmtpAccountDraft) => mailApi.saveSmtpAccount(draft),
    onSuccess: (account) => queryClient.setQueryData(mailKeys.smtp, account),
  });
}

export function useRemoveSmtpAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mailApi.removeSmtpAccount,
    onSuccess: () => queryClient.setQueryData(mailKeys.smtp, null),
  });
}

export function useSendTestMessage() {
  return useMutation({ mutationFn: mailApi.sendTestMessage });
}

export function useResume() {
  return useQuery({ queryKey: mailKeys.resume, queryFn: mailApi.getResume });
}

export function useUploadResume() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => mailApi.uploadResume(file),
    onSuccess: (resume) => queryClient.setQueryData(mailKeys.resume, resume),
  });
}

export function useRemoveResume() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mailApi.removeResume,
    onSuccess: () => queryClient.setQueryData(mailKeys.resume, null),
  });
}

export function useDownloadEml() {
  return useMutation({ mutationFn: (draft: MailDraft) => mailApi.downloadEml(draft) });
}

/** A sent e-mail is a log entry: stages, last touch, Today and search all follow. */
export function useSendEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: MailDraft) => mailApi.sendEmail(draft),
    onSuccess: () =>
      Promise.all(
        // Today and the log live under "people".
        [["people"], ["organizations"], ["search"]].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}
