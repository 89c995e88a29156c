/// <reference types="svelte" />
/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** An online MapLibre style to draw under the story; the embedded basemap is used when unset or unreachable. */
  readonly VITE_BASEMAP_STYLE_URL?: string;
}
