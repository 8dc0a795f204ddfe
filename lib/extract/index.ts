export type {
  BadgeMarker,
  ExtractCode,
  ExtractOutcome,
  Payload,
  PayloadContainer,
  PayloadKind,
} from './types';
export { classifyPayload } from './classify-payload';
export { extractFromPng, hasPngSignature, type PngLimits } from './png';
export { extractFromSvg } from './svg';
export { extractFromBytes, type ExtractHint } from './extract-bytes';
export { readXml, type XmlAttribute, type XmlEvent, type XmlLimits, type XmlName, type XmlReadResult } from './xml-reader';
