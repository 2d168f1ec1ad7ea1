import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';

addons.setConfig({
  theme: create({ base: 'light', brandTitle: 'nato-viz', brandUrl: './' }),
  sidebar: { showRoots: true },
});
