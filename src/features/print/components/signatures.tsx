import classes from './sheet.module.css';

export interface Signer {
  /** In capitals: "NGƯỜI TIẾP NHẬN HỒ SƠ". */
  title: string;
  /** "(Ký, ghi rõ họ tên)". */
  note: string;
  /** Printed under the space left for the signature, when known. */
  name?: string | null;
}

/** Signature blocks side by side; a single one sits on the right, as on the forms. */
export function Signatures({ signers }: { signers: readonly Signer[] }) {
  return (
    <div className={classes.signatures} data-count={signers.length}>
      {signers.map((signer) => (
        <div key={signer.title}>
          <div className={classes.signerTitle}>{signer.title}</div>
          <div className={classes.signerNote}>{signer.note}</div>
          <div className={classes.signerName}>{signer.name || '\u00a0'}</div>
        </div>
      ))}
    </div>
  );
}
