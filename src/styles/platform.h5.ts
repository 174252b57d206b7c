// H5 only: Taro's web tab bar draws empty icon boxes for text-only tabs and 10px labels.
import './tabbar.h5.css';

export {};
