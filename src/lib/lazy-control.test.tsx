import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyControl, type ControlPlaceholderProps, type LazyControlProps } from './lazy-control.tsx';

interface MenuProps {
  label: string;
}

/** The "real" control: a button that shows whether it opened on arrival. */
function Menu({ label, openOnArrival }: MenuProps & LazyControlProps) {
  return (
    <>
      <button type="button" aria-expanded={openOnArrival}>
        {label}
      </button>
      {openOnArrival && <ul role="menu" aria-label={label} />}
    </>
  );
}

function Placeholder({ label, onUse }: MenuProps & ControlPlaceholderProps) {
  return (
    <button type="button" aria-expanded={false} data-stand-in onClick={onUse}>
      {label}
    </button>
  );
}

/** A control whose chunk arrives when the test says so. */
function deferred() {
  let arrive: (component: ComponentType<MenuProps & LazyControlProps>) => void = () => {};
  const loading = new Promise<ComponentType<MenuProps & LazyControlProps>>((resolve) => {
    arrive = resolve;
  });
  const Control = lazyControl(() => loading, Placeholder);
  return { Control, arrive: () => act(async () => arrive(Menu)) };
}

describe('a control that arrives after the first paint', () => {
  it('shows its stand-in at once, then the control, closed', async () => {
    const { Control, arrive } = deferred();
    render(<Control label="Tài khoản" />);
    expect(screen.getByRole('button', { name: 'Tài khoản' })).toHaveAttribute('data-stand-in');
    await arrive();
    expect(screen.getByRole('button', { name: 'Tài khoản' })).not.toHaveAttribute('data-stand-in');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('opens on arrival when the stand-in was used, and takes the focus it had', async () => {
    const { Control, arrive } = deferred();
    render(<Control label="Tài khoản" />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Tài khoản' }));
    expect(screen.getByRole('button', { name: 'Tài khoản' })).toHaveFocus();
    await arrive();
    expect(screen.getByRole('menu', { name: 'Tài khoản' })).toBeInTheDocument();
    const real = screen.getByRole('button', { name: 'Tài khoản' });
    expect(real).not.toHaveAttribute('data-stand-in');
    expect(real).toHaveFocus();
  });

  it('leaves the focus where the officer moved it meanwhile', async () => {
    const { Control, arrive } = deferred();
    render(
      <>
        <Control label="Tài khoản" />
        <input aria-label="Tìm hồ sơ" />
      </>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Tài khoản' }));
    await user.click(screen.getByRole('textbox', { name: 'Tìm hồ sơ' }));
    await arrive();
    expect(screen.getByRole('textbox', { name: 'Tìm hồ sơ' })).toHaveFocus();
  });
});
