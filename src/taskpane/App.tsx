/** Placeholder task pane: shows the product name in the user's language, themed like Office. */
import { Body1, FluentProvider, Subtitle2, Title2, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../core/types";
import { uiText } from "./i18n";
import type { ThemeKind } from "./office-env";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

export interface AppProps {
  lang: Lang;
  themeKind: ThemeKind;
}

export function App({ lang, themeKind }: AppProps) {
  const styles = useStyles();
  const text = uiText(lang);
  return (
    <FluentProvider theme={themeKind === "dark" ? webDarkTheme : webLightTheme} lang={lang}>
      <main className={styles.root}>
        <Title2 as="h1">{text.title}</Title2>
        <Subtitle2 as="p">{text.subtitle}</Subtitle2>
        <Body1 as="p">{text.placeholder}</Body1>
        <Body1 as="p">{text.formulasHint}</Body1>
      </main>
    </FluentProvider>
  );
}
