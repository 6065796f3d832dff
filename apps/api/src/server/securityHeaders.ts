import helmet from "helmet";

/**
 * Helmet's headers with a CSP for the Vite build: scripts and styles from our origin only, plus
 * inline style attributes, which Recharts sets on its SVG elements.
 */
export function securityHeaders(isProduction: boolean) {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: isProduction ? [] : null,
      },
    },
    // HSTS only makes sense behind TLS, i.e. in production.
    strictTransportSecurity: isProduction,
  });
}
