import type { Page } from '@playwright/test';
import { englishFlows } from './english-flows';
import { surfaceFlows, type SurfaceCase } from './surface-flows';

const createDialog = (page: Page) => page.getByRole('dialog', { name: /Create new post|Nieuw bericht maken/ });
const PNG = { name: 'foto.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a', 'hex') };

const feedComment: SurfaceCase = {
  title: 'Instagram: comment on the feed @instagram',
  surface: 'instagram-feed-comment',
  open: (page) => page.goto('/sites/instagram/'),
  editor: (page) => page.getByRole('textbox', { name: 'Add a comment…' }),
  submitButton: (page) => page.getByRole('button', { name: 'Post', exact: true }),
  submitKey: 'Enter',
};
surfaceFlows(feedComment);
englishFlows(feedComment);

surfaceFlows({
  title: 'Instagram: comment on a post page, Dutch UI @instagram',
  surface: 'instagram-post-comment',
  open: (page) => page.goto('/sites/instagram/p/1/?lang=nl'),
  editor: (page) => page.getByRole('textbox', { name: 'Voeg een opmerking toe…' }),
  submitButton: (page) => page.getByRole('button', { name: 'Plaatsen', exact: true }),
  submitKey: 'Enter',
});

surfaceFlows({
  title: 'Instagram: caption in the create-post flow @instagram',
  surface: 'instagram-caption',
  open: async (page) => {
    await page.goto('/sites/instagram/');
    await page.getByRole('button', { name: 'New post' }).click();
    await createDialog(page).getByLabel('Select from computer').setInputFiles(PNG);
    await createDialog(page).getByRole('button', { name: 'Next' }).click();
    await createDialog(page).getByRole('button', { name: 'Next' }).click();
  },
  editor: (page) => createDialog(page).getByRole('textbox', { name: 'Write a caption...' }),
  submitButton: (page) => createDialog(page).getByRole('button', { name: 'Share' }),
});

surfaceFlows({
  title: 'Instagram: direct message @instagram',
  surface: 'instagram-direct',
  open: (page) => page.goto('/sites/instagram/direct/t/1/'),
  editor: (page) => page.locator('[role="textbox"][aria-placeholder="Message..."]'),
  submitButton: (page) => page.getByRole('button', { name: 'Send' }),
  submitKey: 'Enter',
});

surfaceFlows({
  title: 'Instagram: reply to a story @instagram',
  surface: 'instagram-story-reply',
  open: (page) => page.goto('/sites/instagram/stories/daan/1/'),
  editor: (page) => page.getByPlaceholder('Reply to daan...'),
  submitButton: (page) => page.getByRole('button', { name: 'Send' }),
  submitKey: 'Enter',
});
