/**
 * The NutUI controls the app uses, each with its own CSS (not the whole kit's), so the weapp
 * main package carries only these.
 */
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/input/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/empty/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/checkbox/style/css';

export { Button, Cell, CellGroup, Input, Empty, Tag, Checkbox } from '@nutui/nutui-react-taro';
