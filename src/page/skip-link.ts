// The page's skip link lands on the layer toggles: StoryHeader's link and LayerControls' fieldset
// share this id. It lives with the page, not the map, so the header need not import map/.
/** The layer toggles' id: the page's skip link moves focus there. */
export const mapControlsId = 'map-controls';
