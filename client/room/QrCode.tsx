import { useEffect, useState } from 'react';

interface QrCodeProps {
  text: string;
  label: string;
}

/**
 * A QR code for phones in the room, drawn in the browser (no service, nothing from another
 * origin) as a data: URL image — allowed by the server's img-src 'self' data: policy.
 */
export function QrCode({ text, label }: QrCodeProps) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    import('qrcode')
      .then((qr) => qr.toDataURL(text, { margin: 1, width: 480, errorCorrectionLevel: 'M' }))
      .then((url) => {
        if (!cancelled) setSrc(url);
      })
      .catch(() => setSrc(null));
    return () => {
      cancelled = true;
    };
  }, [text]);
  return <div className="qr">{src ? <img className="qr__image" src={src} alt={label} /> : null}</div>;
}
