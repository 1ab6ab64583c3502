/** What the map needs of a result: everything else stays in the server-rendered list. */
export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
  label: string;
  href: string;
  approximate: boolean;
}

export interface MapLabels {
  region: string;
  approximate: string;
  origin: string;
  tilesUnavailable: string;
}
