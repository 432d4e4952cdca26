/** Where files come in: a drop zone with a "Choose files" button over a hidden multiple file input. */
import { Body1, Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";
import type { Lang } from "../core/types";
import { webText } from "./i18n";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    textAlign: "center",
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  active: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

const XLSX_ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface FileDropProps {
  lang: Lang;
  onFiles: (files: File[]) => void;
}

export function FileDrop({ lang, onFiles }: FileDropProps) {
  const styles = useStyles();
  const t = webText(lang);
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const onDragOver = (e: DragEvent<HTMLDivElement>) => {
    if (!e.dataTransfer.types.includes("Files")) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "copy";
    setOver(true);
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    const files = Array.from(e.dataTransfer.files);
    if (files.length > 0) onFiles(files);
  };

  return (
    <div
      className={mergeClasses(styles.zone, over && styles.active)}
      data-testid="drop-zone"
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Body1>{t.dropHere}</Body1>
      <Caption1 className={styles.hint}>{t.dropOr}</Caption1>
      <Button appearance="primary" onClick={() => input.current?.click()}>
        {t.chooseFiles}
      </Button>
      <input
        ref={input}
        type="file"
        accept={XLSX_ACCEPT}
        multiple
        hidden
        data-testid="file-input"
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          // Clear it, so choosing the same file again (after editing it) reads it again.
          e.currentTarget.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
      <Caption1 className={styles.hint}>{t.dropHint}</Caption1>
    </div>
  );
}
