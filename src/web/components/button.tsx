import type { ButtonHTMLAttributes, ReactNode } from "react";
import { Link, type LinkProps } from "react-router";

export type ButtonVariant = "primary" | "secondary" | "danger" | "dangerSolid" | "ghost";

// Controls are for the screen: a printed page (a person, a brief) leaves them out.
const base =
  "inline-flex items-center justify-center gap-2 rounded-lg px-4 py-2 text-sm font-semibold " +
  "transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 " +
  "disabled:cursor-not-allowed disabled:opacity-60 whitespace-nowrap print:hidden";

const variants: Record<ButtonVariant, string> = {
  primary:
    "bg-teal-700 text-white shadow-sm hover:bg-teal-800 focus-visible:outline-teal-700 " +
    "disabled:hover:bg-teal-700",
  secondary:
    "bg-white text-slate-800 shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50 " +
    "focus-visible:outline-teal-700",
  danger:
    "bg-white text-red-700 shadow-sm ring-1 ring-red-300 ring-inset hover:bg-red-50 " +
    "focus-visible:outline-red-600",
  dangerSolid:
    "bg-red-700 text-white shadow-sm hover:bg-red-800 focus-visible:outline-red-700 " +
    "disabled:hover:bg-red-700",
  ghost: "text-slate-700 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-teal-700",
};

/** The class list for something that should look like a button (links included). */
export function buttonClasses(variant: ButtonVariant = "secondary", extra = ""): string {
  return `${base} ${variants[variant]} ${extra}`.trim();
}

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  children: ReactNode;
}

export function Button({ variant = "secondary", className = "", type, ...props }: ButtonProps) {
  return (
    <button type={type ?? "button"} className={buttonClasses(variant, className)} {...props} />
  );
}

interface ButtonLinkProps extends LinkProps {
  variant?: ButtonVariant;
}

/** A navigation that looks like a button: it is still a link, so it opens in a new tab too. */
export function ButtonLink({ variant = "secondary", className = "", ...props }: ButtonLinkProps) {
  return <Link className={buttonClasses(variant, className)} {...props} />;
}
