/** The Excel task pane: the checker panel, themed like Office and in Office's language. */
import { Caption1, FluentProvider, Subtitle2, Title2, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../core/types";
import { CheckerPanel } from "./components/CheckerPanel";
import type { AuditHost } from "../host";
import { uiText } from "./i18n";
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

export interface AppProps {
  lang: Lang;
  themeKind: ThemeKind;
  host: AuditHost;
}

export function App({ lang, themeKind, host }: AppProps) {
  const styles = useStyles();
  const text = uiText(lang);
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
        <CheckerPanel host={host} lang={lang} />
        <Caption1 as="p" className={styles.muted}>
          {text.formulasHint}
        </Caption1>
      </main>
    </FluentProvider>
  );
}
