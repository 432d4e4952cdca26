/** The Excel task pane: the checker panel, themed like Office and in Office's language. */
import {
  Caption1,
  FluentProvider,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Title2,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { Lang } from "../core/types";
import { CheckerPanel } from "./components/CheckerPanel";
import type { AuditHost } from "../host";
import { fill, uiText } from "./i18n";
import type { ThemeKind } from "./office-env";

const useStyles = makeStyles({
  // Not on the FluentProvider: Fluent copies its className onto every tooltip/portal mount node.
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  header: { display: "flex", flexDirection: "column" },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Where the pane finds itself: in an Excel it can work with, outside Office, or in an Excel without a needed requirement set. */
export type PaneEnvironment = { kind: "excel" } | { kind: "outside-office" } | { kind: "unsupported"; missing: string };

/** The web checker, served beside the add-in: the way to audit without Excel. */
export const WEB_CHECKER_URL = "checker.html";

export interface AppProps {
  lang: Lang;
  themeKind: ThemeKind;
  host: AuditHost;
  environment?: PaneEnvironment;
}

export function App({ lang, themeKind, host, environment = { kind: "excel" } }: AppProps) {
  const styles = useStyles();
  const text = uiText(lang);
  const unavailable = environment.kind !== "excel";
  return (
    <FluentProvider theme={themeKind === "dark" ? webDarkTheme : webLightTheme} lang={lang}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Title2 as="h1" className={styles.heading}>
            {text.title}
          </Title2>
          <Subtitle2 as="p" className={styles.heading}>
            {text.subtitle}
          </Subtitle2>
        </header>
        {unavailable && (
          <MessageBar intent={environment.kind === "outside-office" ? "info" : "warning"} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{environment.kind === "outside-office" ? text.outsideOfficeTitle : text.unsupportedTitle}</MessageBarTitle>
              {environment.kind === "outside-office" ? text.outsideOffice : fill(text.unsupportedExcel, { requirement: environment.missing })}{" "}
              <Link href={WEB_CHECKER_URL} target="_blank" rel="noopener">
                {text.openWebChecker}
              </Link>
            </MessageBarBody>
          </MessageBar>
        )}
        <CheckerPanel host={host} lang={lang} unavailable={unavailable} />
        <Caption1 as="p" className={styles.muted}>
          {text.formulasHint}
        </Caption1>
      </main>
    </FluentProvider>
  );
}
