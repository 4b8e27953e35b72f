import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { useT } from '../shared/use-translator';

/** A labelled checkbox with one line of help. */
export function CheckboxField(props: {
  label: string;
  help: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div class="field field-checkbox">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        aria-describedby={`${id}-help`}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <label for={id}>{props.label}</label>
      <p id={`${id}-help`} class="help">
        {props.help}
      </p>
    </div>
  );
}

/** A labelled select with one line of help. */
export function SelectField<T extends string>(props: {
  label: string;
  help: string;
  value: T;
  options: ReadonlyArray<readonly [T, string]>;
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        aria-describedby={`${id}-help`}
        onChange={(e) => props.onChange(e.currentTarget.value as T)}
      >
        {props.options.map(([value, text]) => (
          <option key={value} value={value} selected={value === props.value}>
            {text}
          </option>
        ))}
      </select>
      <p id={`${id}-help`} class="help">
        {props.help}
      </p>
    </div>
  );
}

/**
 * A labelled whole-number input. Out-of-range input shows an inline error and is not saved; it is
 * committed on change (blur / Enter) rather than per keystroke to stay inside sync-storage write quotas.
 */
export function NumberField(props: {
  label: string;
  help: string;
  value: number;
  range: readonly [number, number];
  step: number;
  unit: string;
  onChange: (value: number) => void;
}) {
  const t = useT();
  const id = useId();
  const [error, setError] = useState('');
  const [min, max] = props.range;
  return (
    <div class="field">
      <label for={id}>
        {props.label} <span class="help">({props.unit})</span>
      </label>
      <input
        id={id}
        type="number"
        min={min}
        max={max}
        step={props.step}
        value={props.value}
        aria-invalid={error !== ''}
        aria-describedby={`${id}-help ${id}-error`}
        onChange={(e) => {
          const n = e.currentTarget.valueAsNumber;
          if (!Number.isInteger(n) || n < min || n > max) {
            setError(t('options.number.invalid', { min, max }));
            return;
          }
          setError('');
          props.onChange(n);
        }}
      />
      <p id={`${id}-help`} class="help">
        {props.help}
      </p>
      <p id={`${id}-error`} class="error" role="alert">
        {error}
      </p>
    </div>
  );
}

/** A labelled colour picker with one line of help. */
export function ColorField(props: {
  label: string;
  help: string;
  value: string;
  onChange: (v: string) => void;
}) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="color"
        value={props.value}
        aria-describedby={`${id}-help`}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      />
      <p id={`${id}-help`} class="help">
        {props.help}
      </p>
    </div>
  );
}

/** A titled group of settings. */
export function Group(props: { title: string; children: ComponentChildren }) {
  const id = useId();
  return (
    <section class="group" aria-labelledby={id}>
      <h2 id={id}>{props.title}</h2>
      {props.children}
    </section>
  );
}
