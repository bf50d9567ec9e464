"use client";

type Props = {
  id: string;
  name: string;
  defaultValue: string;
  className?: string;
  options: { value: string; label: string; lang?: string }[];
};

export function AutoSubmitSelect({ options, ...props }: Props) {
  return (
    <select {...props} onChange={(event) => event.currentTarget.form?.requestSubmit()}>
      {options.map((option) => (
        <option key={option.value} value={option.value} lang={option.lang}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
