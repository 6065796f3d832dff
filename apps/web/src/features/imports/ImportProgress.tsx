/**
 * Progress while a file is sent and processed: a determinate bar while uploading, then an
 * indeterminate one while the server checks or saves (it gives no progress for that part).
 */
export function ImportProgress({ uploaded, label }: { uploaded: number; label: string }) {
  const isUploading = uploaded < 1;
  return (
    <div className="space-y-1">
      <progress
        className="h-3 w-full accent-brand"
        aria-label={label}
        max={1}
        {...(isUploading ? { value: uploaded } : {})}
      />
    </div>
  );
}
