import { MantineProvider, TextInput } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { createMemoryRouter, Link, RouterProvider, useNavigate } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, loadScreenStrings } from '../i18n/i18n.ts';
import { UnsavedChangesDialog, useUnsavedChangesGuard } from './unsaved-changes-guard.tsx';

function FormPage() {
  const [name, setName] = useState('');
  const navigate = useNavigate();
  const guard = useUnsavedChangesGuard(name !== '');
  return (
    <>
      <Link to="/ho-so">Hồ sơ</Link>
      <Link to="/tiep-nhan?lan=2">Tiếp nhận lại</Link>
      <TextInput label="Họ và tên" value={name} onChange={(event) => setName(event.currentTarget.value)} />
      <button type="button" onClick={() => guard.leave(() => void navigate('/in/bien-nhan'))}>
        Lưu
      </button>
      <UnsavedChangesDialog blocker={guard.blocker} />
    </>
  );
}

function renderGuarded() {
  const router = createMemoryRouter(
    [
      { path: '/tiep-nhan', element: <FormPage /> },
      { path: '/ho-so', element: <h1>Danh sách</h1> },
      { path: '/in/bien-nhan', element: <h1>Biên nhận</h1> },
    ],
    { initialEntries: ['/tiep-nhan'] },
  );
  render(
    <MantineProvider env="test">
      <RouterProvider router={router} />
    </MantineProvider>,
  );
  return { user: userEvent.setup(), router };
}

beforeAll(async () => {
  await i18n.changeLanguage('vi');
  // The shell's strings (the question, its buttons) come with the pages behind the login.
  await loadScreenStrings();
});

describe('the unsaved-changes guard of a page', () => {
  it('lets an untouched form go without asking', async () => {
    const { user } = renderGuarded();
    await user.click(screen.getByRole('link', { name: 'Hồ sơ' }));
    expect(await screen.findByRole('heading', { name: 'Danh sách' })).toBeInTheDocument();
  });

  it('asks before a link leaves typed text behind: stay keeps it, leave goes', async () => {
    const { user, router } = renderGuarded();
    await user.type(screen.getByRole('textbox', { name: 'Họ và tên' }), 'Vũ Thị Hằng');
    await user.click(screen.getByRole('link', { name: 'Hồ sơ' }));

    const question = await screen.findByRole('dialog', { name: 'Rời trang khi chưa lưu?' });
    expect(question).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tiếp tục nhập' }));
    expect(router.state.location.pathname).toBe('/tiep-nhan');
    expect(screen.getByRole('textbox', { name: 'Họ và tên' })).toHaveValue('Vũ Thị Hằng');

    await user.click(screen.getByRole('link', { name: 'Hồ sơ' }));
    await user.click(await screen.findByRole('button', { name: 'Rời trang' }));
    expect(await screen.findByRole('heading', { name: 'Danh sách' })).toBeInTheDocument();
  });

  it('does not ask for the same page (F2 on the form) nor for a navigation the form chose (saved)', async () => {
    const { user, router } = renderGuarded();
    await user.type(screen.getByRole('textbox', { name: 'Họ và tên' }), 'Vũ Thị Hằng');
    await user.click(screen.getByRole('link', { name: 'Tiếp nhận lại' }));
    expect(router.state.location.search).toBe('?lan=2');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByRole('heading', { name: 'Biên nhận' })).toBeInTheDocument();
  });
});
