/**
 * Taro's components as plain DOM elements. Only the props a DOM element understands are passed on,
 * so React does not warn about hoverClass & co.
 */
import React from 'react';

type AnyProps = Record<string, unknown> & { children?: React.ReactNode };

const PASS =
  /^(className|style|id|role|title|value|type|placeholder|disabled|checked|src|alt|maxLength|name|onClick|onInput|onChange|onFocus|onBlur|onKeyDown|aria-.+|data-.+)$/;

function domProps(props: AnyProps): AnyProps {
  const out: AnyProps = {};
  for (const [k, v] of Object.entries(props)) if (PASS.test(k)) out[k] = v;
  return out;
}

function make(tag: string, displayName: string) {
  const C = React.forwardRef<HTMLElement, AnyProps>((props, ref) =>
    React.createElement(tag, { ...domProps(props), ref }, props.children as React.ReactNode),
  );
  C.displayName = displayName;
  return C;
}

export const View = make('div', 'View');
export const Text = make('span', 'Text');
export const Block = make('div', 'Block');
export const ScrollView = make('div', 'ScrollView');
export const Label = make('label', 'Label');
export const Form = make('form', 'Form');
export const Swiper = make('div', 'Swiper');
export const SwiperItem = make('div', 'SwiperItem');
/**
 * The system picker as its shown value plus an input a test can change (with the picker's aria-label),
 * which reports like Taro's: onChange({ detail: { value } }).
 */
export const Picker = React.forwardRef<HTMLDivElement, AnyProps>((props, ref) => {
  const { onChange, value, children, 'aria-label': label, ...rest } = props as AnyProps & {
    onChange?: (e: { detail: { value: unknown } }) => void;
  };
  return React.createElement(
    'div',
    { ...domProps(rest), ref },
    children as React.ReactNode,
    React.createElement('input', {
      className: 'picker-input',
      'aria-label': label,
      value: value ?? '',
      onChange: (e: React.ChangeEvent<HTMLInputElement>) => onChange?.({ detail: { value: e.target.value } }),
    }),
  );
});
Picker.displayName = 'Picker';
export const Image = React.forwardRef<HTMLImageElement, AnyProps>((props, ref) =>
  React.createElement('img', { ...domProps(props), ref }),
);
Image.displayName = 'Image';

export const Button = React.forwardRef<HTMLButtonElement, AnyProps>((props, ref) =>
  React.createElement(
    'button',
    { type: 'button', ...domProps(props), ref },
    props.children as React.ReactNode,
  ),
);
Button.displayName = 'Button';

/** Taro's Input reports typing through onInput ({detail: {value}} in weapp; the DOM event on the web). */
export const Input = React.forwardRef<HTMLInputElement, AnyProps>((props, ref) => {
  const { onConfirm, ...rest } = props as AnyProps & { onConfirm?: (e: unknown) => void };
  const p = domProps(rest);
  return React.createElement('input', {
    ...p,
    type: props.password ? 'password' : props.type === 'number' || props.type === 'digit' ? 'text' : p.type,
    value: (p.value as string | undefined) ?? '',
    onChange: () => undefined,
    onKeyDown: (e: React.KeyboardEvent<HTMLInputElement>) => {
      if (e.key === 'Enter') onConfirm?.({ detail: { value: e.currentTarget.value } });
    },
    ref,
  });
});
Input.displayName = 'Input';
