/**
 * The real NutUI components we use, from the package's ES build, one by one: loading the
 * kit's index would pull in every component (lottie, canvas, ...) that jsdom cannot run.
 */
export { default as Button } from '@nutui/nutui-react-taro/dist/es/packages/button/index.js';
export { default as Cell } from '@nutui/nutui-react-taro/dist/es/packages/cell/index.js';
export { default as CellGroup } from '@nutui/nutui-react-taro/dist/es/packages/cellgroup/index.js';
export { default as Input } from '@nutui/nutui-react-taro/dist/es/packages/input/index.js';
export { default as Empty } from '@nutui/nutui-react-taro/dist/es/packages/empty/index.js';
export { default as Tag } from '@nutui/nutui-react-taro/dist/es/packages/tag/index.js';
export { default as Checkbox } from '@nutui/nutui-react-taro/dist/es/packages/checkbox/index.js';
