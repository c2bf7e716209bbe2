import { t } from '../../i18n/index.js';
import type { CheckResult, DoctorCheck, MeasuredPackage } from '../types.js';

/**
 * A code package's limit as a zip, through the console, developer tools (Serverless Devs) or OSS:
 * 500 MB in both generations (FC 2.0 and FC 3.0 "limits" pages; the 100 MB limit is the API's inline
 * upload, which Serverless Devs avoids above 50 MB by going through OSS).
 */
export const PACKAGE_LIMIT_BYTES = 500 * 1024 * 1024;

/** Bytes as the report shows them: KB below a megabyte. */
export function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function packageLine(measured: MeasuredPackage): CheckResult {
  const { function: name, code } = measured;
  if (code === undefined) return { check: 'package', status: 'ok', message: t('doctor.package.none', { name }) };
  if (measured.compressed === undefined || measured.bytes === undefined) return { check: 'package', status: 'ok', message: t('doctor.package.notBuilt', { name, code }) };
  const sizes = { name, code, files: measured.files ?? 0, zip: megabytes(measured.compressed), bytes: megabytes(measured.bytes), limit: megabytes(PACKAGE_LIMIT_BYTES) };
  if (measured.compressed <= PACKAGE_LIMIT_BYTES) return { check: 'package', status: 'ok', message: t('doctor.package.ok', sizes) };
  const largest = (measured.largest ?? []).slice(0, 3).map((entry) => `${entry.path} (${megabytes(entry.compressed)})`).join(', ');
  return { check: 'package', status: 'fail', message: t('doctor.package.tooLarge', { ...sizes, largest }), fix: t('doctor.package.fix', { largest }) };
}

/** Each function's zip, as the component would build it from its code folder and .fcignore, is under FC's limit. */
export const PACKAGE_CHECK: DoctorCheck = {
  id: 'package',
  run: (_project, facts) => facts.packages.map(packageLine),
};
