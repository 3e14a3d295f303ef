// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { dialogStore, presentFindings, type FindingsRequest } from '../../../entrypoints/compose.content/dialog-host';
import type { Finding } from '../../../rules/types';
import { mergePolicy } from '../../../utils/policy';

/** Our shadow roots are closed: the test keeps the roots the dialog host made to look inside. */
const attachShadow = vi.spyOn(Element.prototype, 'attachShadow');
const dialogRoot = () => attachShadow.mock.results.at(-1)?.value as ShadowRoot;
const texts = (selector: string) => [...dialogRoot().querySelectorAll(selector)].map((element) => element.textContent);

const INFO: Finding = {
  ruleId: 'naam',
  messageId: 'naam',
  category: 'personen',
  severity: 'info',
  start: 14,
  end: 18,
  message: 'Je noemt Daan. Vindt diegene het goed dat dit online komt?',
  protocolRef: '001 §2.2',
};
const WARNING: Finding = { ...INFO, ruleId: 'vloeken', messageId: 'woord', category: 'belediging', severity: 'waarschuwing', message: 'Een grof woord.' };

const { policy } = mergePolicy({
  contact: { name: 'Mevrouw Bakker', role: 'teamleider', how: 'via Teams' },
  protocolUrl: 'https://school.example/protocol',
});

function present(request: Partial<FindingsRequest> & Pick<FindingsRequest, 'mode'>): void {
  presentFindings({
    anchor: document.body,
    text: 'Gefeliciteerd Daan!',
    findings: [INFO],
    blocked: false,
    policy,
    t: (key, substitutions = []) => [key, ...substitutions].join(' '),
    onEdit: () => undefined,
    onGoAhead: () => undefined,
    ...request,
  } as FindingsRequest);
}

describe('the one presenter of findings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    dialogStore.setState({ shown: null });
  });

  it('a look via the badge: the findings, whom to ask and the protocol; no "post anyway", no "blocked"', () => {
    present({ mode: 'review' });
    expect(texts('.message')).toEqual([INFO.message]);
    expect(texts('.blocked')).toEqual([]);
    expect(texts('.contact')).toEqual(['dialogContact Mevrouw Bakker (teamleider): via Teams', 'dialogProtocolLink']);
    expect(dialogRoot().querySelector('a')?.getAttribute('href')).toBe('https://school.example/protocol');
    expect(texts('button')).toEqual(['dialogEdit']);
  });

  it('a look via the badge at what the school blocks says so, still without "post anyway"', () => {
    present({ mode: 'review', findings: [WARNING], blocked: true });
    expect(texts('.blocked')).toEqual(['dialogBlocked']);
    expect(texts('button')).toEqual(['dialogEdit']);
  });

  it('a post: "post anyway" unless the school blocks it', () => {
    const onGoAhead = vi.fn();
    present({ mode: 'post', findings: [WARNING], onGoAhead });
    expect(texts('#twijfelcheck-intro')).toEqual(['dialogIntro']);
    expect(texts('button')).toEqual(['dialogEdit', 'dialogPostAnyway']);
    dialogStore.getState().shown!.props.goAhead!.onChoose();
    expect(onGoAhead).toHaveBeenCalledOnce();
    expect(dialogStore.getState().shown).toBeNull();

    present({ mode: 'post', findings: [WARNING], blocked: true });
    expect(texts('.blocked')).toEqual(['dialogBlocked']);
    expect(texts('button')).toEqual(['dialogEdit']);
  });

  it('a post in lesson time gets the reminder as its intro', () => {
    present({ mode: 'post', findings: [], lessonTime: true });
    expect(texts('#twijfelcheck-intro')).toEqual(['noticeLessonTime']);
  });

  it('a profile photo: its own words for the buttons, the intro and the school\'s block', () => {
    present({ mode: 'profile-photo', text: '', findings: [WARNING] });
    expect(texts('#twijfelcheck-intro')).toEqual(['noticeProfilePhoto']);
    expect(texts('button')).toEqual(['dialogChoosePhoto', 'dialogUsePhoto']);
    present({ mode: 'profile-photo', text: '', findings: [WARNING], blocked: true });
    expect(texts('.blocked')).toEqual(['dialogBlockedPhoto']);
    expect(texts('button')).toEqual(['dialogChoosePhoto']);
  });

  it('one dialog at a time: a new one answers the open one with its safe choice', () => {
    const first = vi.fn();
    present({ mode: 'post', findings: [WARNING], onEdit: first });
    present({ mode: 'review' });
    expect(first).toHaveBeenCalledOnce();
    expect(document.querySelectorAll('twijfelcheck-ui')).toHaveLength(1);
  });

  it('Escape means "Bericht aanpassen": the dialog closes and its host goes', () => {
    const onEdit = vi.fn();
    present({ mode: 'post', findings: [WARNING], onEdit });
    dialogRoot().querySelector('[role="dialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onEdit).toHaveBeenCalledOnce();
    expect(dialogStore.getState().shown).toBeNull();
    expect(document.querySelectorAll('twijfelcheck-ui')).toHaveLength(0);
  });
});
