import bedreigingen from './belediging/bedreigingen';
import discriminatie from './belediging/discriminatie';
import engels from './belediging/engels';
import pesten from './belediging/pesten';
import scheldwoorden from './belediging/scheldwoorden';
import seksueleTaal from './belediging/seksuele-taal';
import tweedeLezer from './belediging/tweede-lezer';
import vloeken from './belediging/vloeken';
import disclaimerHerinnering from './disclaimer/disclaimer-herinnering';
import logo from './logo/logo';
import logoProfielfoto from './logo/logo-profielfoto';
import namensSchool from './logo/namens-school';
import eigenWoorden from './school/eigen-woorden';
import fotoToestemming from './personen/foto-toestemming';
import aanspreekvorm from './personen/aanspreekvorm';
import beschrijving from './personen/beschrijving';
import citaat from './personen/citaat';
import naam from './personen/naam';
import vermelding from './personen/vermelding';
import cijferlijst from './ocr/cijferlijst';
import screenshotGesprek from './ocr/screenshot-gesprek';
import toetsFoto from './ocr/toets-foto';
import { compareIds, type ImageRule, type ImageTextRule, type Rule, type RuleMeta } from './types';
import adres from './vertrouwelijk/adres';
import bsn from './vertrouwelijk/bsn';
import documentnummer from './vertrouwelijk/documentnummer';
import eMailadres from './vertrouwelijk/e-mailadres';
import geboortedatum from './vertrouwelijk/geboortedatum';
import gevoeligeFeiten from './vertrouwelijk/gevoelige-feiten';
import iban from './vertrouwelijk/iban';
import inloggegevens from './vertrouwelijk/inloggegevens';
import intern from './vertrouwelijk/intern';
import kenteken from './vertrouwelijk/kenteken';
import leerlingnummer from './vertrouwelijk/leerlingnummer';
import toetslek from './vertrouwelijk/toetslek';
import telefoonnummer from './vertrouwelijk/telefoonnummer';

/** Every text rule, sorted by id (a meta-test keeps it sorted and complete). */
export const rules: readonly Rule[] = [
  aanspreekvorm,
  adres,
  bedreigingen,
  beschrijving,
  bsn,
  citaat,
  disclaimerHerinnering,
  discriminatie,
  documentnummer,
  eMailadres,
  eigenWoorden,
  engels,
  fotoToestemming,
  geboortedatum,
  gevoeligeFeiten,
  iban,
  inloggegevens,
  intern,
  kenteken,
  leerlingnummer,
  naam,
  namensSchool,
  pesten,
  scheldwoorden,
  seksueleTaal,
  telefoonnummer,
  toetslek,
  tweedeLezer,
  vermelding,
  vloeken,
];

/** Every image rule (attached photos, profile photos), sorted by id. */
export const IMAGE_RULES: readonly ImageRule[] = [logo, logoProfielfoto];

/** Every rule over the text read in an image as a whole (what kind of image it is), sorted by id. */
export const IMAGE_TEXT_RULES: readonly ImageTextRule[] = [cijferlijst, screenshotGesprek, toetsFoto];

/** What every rule, text and image, says about itself, sorted by id: for the CLI, docs and meta-tests. */
export const ALL_RULE_METAS: readonly RuleMeta[] = [...rules, ...IMAGE_RULES, ...IMAGE_TEXT_RULES]
  .map((rule) => rule.meta)
  .sort((a, b) => compareIds(a.id, b.id));
