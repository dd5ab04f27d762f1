import { Button, MantineProvider, Menu, Textarea } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n, loadScreenStrings } from '../i18n/i18n.ts';
import { DialogForm } from './dialog-form.tsx';
import { FormDialog } from './form-dialog.tsx';

interface HarnessProps {
  onSubmit?: () => void;
  /** Closing after a successful submit disables the opener (as a bulk action does). */
  disableOpenerOnSubmit?: boolean;
}

/** A page with a button and a menu that open the same dialog, and a main landmark. */
function Harness({ onSubmit = () => {}, disableOpenerOnSubmit = false }: HarnessProps) {
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const [disabled, setDisabled] = useState(false);
  return (
    <MantineProvider env="test">
      <main id="main-content" tabIndex={-1}>
        <Button disabled={disabled} onClick={() => setOpened(true)}>
          Mở hộp thoại
        </Button>
        <Menu>
          <Menu.Target>
            <Button>Thao tác khác</Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => setOpened(true)}>Mở từ menu</Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </main>
      <FormDialog opened={opened} onClose={() => setOpened(false)} title="Dừng xử lý">
        <DialogForm
          submitLabel="Gửi"
          pending={false}
          dirty={reason !== ''}
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit();
            if (disableOpenerOnSubmit) setDisabled(true);
            setReason('');
            setOpened(false);
          }}
        >
          <Textarea label="Lý do" value={reason} onChange={(event) => setReason(event.currentTarget.value)} data-autofocus />
        </DialogForm>
      </FormDialog>
    </MantineProvider>
  );
}

beforeAll(async () => {
  await i18n.changeLanguage('vi');
  // The shell's strings (the question, its buttons) come with the pages behind the login.
  await loadScreenStrings();
});

describe('a dialog with a form', () => {
  it('submits on Ctrl+Enter from the text area', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn<() => void>();
    render(<Harness onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: 'Mở hộp thoại' }));
    await user.type(await screen.findByRole('textbox', { name: 'Lý do' }), 'Công dân rút hồ sơ');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('closes on one Esc when nothing is typed, and gives focus back to the button that opened it', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const opener = screen.getByRole('button', { name: 'Mở hộp thoại' });
    await user.click(opener);
    expect(await screen.findByRole('dialog', { name: 'Dừng xử lý' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(opener).toHaveFocus());
  });

  it('gives focus back to the menu’s button when opened from one of its items', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const menuButton = screen.getByRole('button', { name: 'Thao tác khác' });
    await user.click(menuButton);
    await user.click(await screen.findByRole('menuitem', { name: 'Mở từ menu' }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(menuButton).toHaveFocus());
  });

  it('puts focus on the main content when the opener was disabled by the step', async () => {
    const user = userEvent.setup();
    render(<Harness disableOpenerOnSubmit />);
    await user.click(screen.getByRole('button', { name: 'Mở hộp thoại' }));
    await user.type(await screen.findByRole('textbox', { name: 'Lý do' }), 'Xong');
    await user.click(screen.getByRole('button', { name: 'Gửi' }));
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
  });

  it('asks before throwing away what was typed: keep editing keeps it, discarding closes', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Mở hộp thoại' }));
    const reason = await screen.findByRole('textbox', { name: 'Lý do' });
    await user.type(reason, 'Chờ ý kiến');

    await user.keyboard('{Escape}');
    expect(await screen.findByText('Bỏ nội dung đã nhập?')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tiếp tục nhập' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Tiếp tục nhập' }));
    expect(screen.queryByText('Bỏ nội dung đã nhập?')).not.toBeInTheDocument();
    expect(reason).toHaveValue('Chờ ý kiến');

    // Cancel asks too; Esc while asking only closes the question.
    await user.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(await screen.findByText('Bỏ nội dung đã nhập?')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByText('Bỏ nội dung đã nhập?')).not.toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();

    await user.keyboard('{Escape}');
    await user.click(await screen.findByRole('button', { name: 'Bỏ nội dung đã nhập' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
