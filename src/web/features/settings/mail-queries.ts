import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  afterLogChange,
  afterResumeChange,
  afterSmtpAccountChange,
  queryKeys,
} from "../../lib/invalidation.js";
import { type MailDraft, mailApi, type SmtpAccountDraft } from "./mail-api.js";

export function useSmtpAccount() {
  return useQuery({ queryKey: queryKeys.smtp, queryFn: mailApi.getSmtpAccount });
}

export function useSaveSmtpAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: SmtpAccountDraft) => mailApi.saveSmtpAccount(draft),
    onSuccess: (account) => afterSmtpAccountChange(queryClient, account),
  });
}

export function useRemoveSmtpAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mailApi.removeSmtpAccount,
    onSuccess: () => afterSmtpAccountChange(queryClient, null),
  });
}

export function useSendTestMessage() {
  return useMutation({ mutationFn: mailApi.sendTestMessage });
}

export function useResume() {
  return useQuery({ queryKey: queryKeys.resume, queryFn: mailApi.getResume });
}

export function useUploadResume() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => mailApi.uploadResume(file),
    onSuccess: (resume) => afterResumeChange(queryClient, resume),
  });
}

export function useRemoveResume() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mailApi.removeResume,
    onSuccess: () => afterResumeChange(queryClient, null),
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
    onSuccess: () => afterLogChange(queryClient),
  });
}
