import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import '../../components/options/base.css';
import '../../components/card/card.css';
import '../../components/popup/popup.css';

render(<Popup />, document.getElementById('app')!);
