import { renderSVG } from 'uqr'

/**
 * An SVG QR code for `url`, made offline. Error correction level M survives a
 * projector's glare or a smudged printout while keeping modules large enough
 * to scan from the back of a classroom.
 */
export function qrCodeSvg(url: string): string {
  return renderSVG(url, { ecc: 'M', border: 2, pixelSize: 8, whiteColor: '#ffffff', blackColor: '#000000' })
}
