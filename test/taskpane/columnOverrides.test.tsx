/**
 * @jest-environment jsdom
 *
 * The pane's one set of column choices: loaded once per workbook, kept while that workbook is
 * open, and dropped when another is opened outside Excel (its sheets are not the ones the choice
 * was made for).
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { createBrowserHost } from '../../src/browser/browserHost';
import type { ColumnOverride } from '../../src/core/locate/overrides';
import type { WorkbookHost } from '../../src/host/workbookHost';
import { useColumnOverrides } from '../../src/taskpane/state/useColumnOverrides';

const LEAD_F: ColumnOverride[] = [{ sheet: 'Phụ lục 2', headerRow: 4, roles: { lead: 6 } }];

it('a choice lasts while its workbook is open and is dropped when another is opened', async () => {
  const host = createBrowserHost(() => undefined);
  const { result, rerender } = renderHook(({ file }: { file: string | null }) => useColumnOverrides(host, file), {
    initialProps: { file: 'a.xlsx' },
  });
  await act(() => result.current.update(LEAD_F));
  expect(result.current.overrides).toEqual(LEAD_F);
  await expect(result.current.ready()).resolves.toEqual(LEAD_F);

  rerender({ file: 'a.xlsx' });
  await act(() => expect(result.current.ready()).resolves.toEqual(LEAD_F));

  rerender({ file: 'b.xlsx' });
  await act(() => expect(result.current.ready()).resolves.toEqual([]));
  expect(result.current.overrides).toEqual([]);
});

it('a host that keeps choices with the workbook is asked once, not on every job', async () => {
  let loads = 0;
  const host: WorkbookHost = {
    ...createBrowserHost(() => undefined),
    columnSettings: { load: async () => (loads++, LEAD_F), save: async () => undefined },
  };
  const { result } = renderHook(() => useColumnOverrides(host, null));
  await act(() => expect(result.current.ready()).resolves.toEqual(LEAD_F));
  await act(() => expect(result.current.ready()).resolves.toEqual(LEAD_F));
  await waitFor(() => expect(result.current.overrides).toEqual(LEAD_F));
  expect(loads).toBe(1);
  expect(result.current.persisted).toBe(true);
});
