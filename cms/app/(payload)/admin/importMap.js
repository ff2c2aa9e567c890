import { FieldFindings as FieldFindings_8c06257a3dd4417df08b5a9063a72d9c } from '../../../../plugins/content-safety/components/FieldFindings.tsx'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SafetyPanel as SafetyPanel_bd362cca3cde3caf49d3750e55c16414 } from '../../../../plugins/content-safety/components/SafetyPanel.tsx'
import { WorkflowPanel as WorkflowPanel_56bb2469da2ebf2b57e6aa42033a3d96 } from '../../../../plugins/review-workflow/components/WorkflowPanel.tsx'
import { ShownInPanel as ShownInPanel_56bb2469da2ebf2b57e6aa42033a3d96 } from '../../../../plugins/review-workflow/components/WorkflowPanel.tsx'
import { WorkflowActions as WorkflowActions_1fb84c2aec9fe94a53b3736d0898a61a } from '../../../../plugins/review-workflow/components/WorkflowActions.tsx'
import { NoUnpublishButton as NoUnpublishButton_1fb84c2aec9fe94a53b3736d0898a61a } from '../../../../plugins/review-workflow/components/WorkflowActions.tsx'
import { RevealValue as RevealValue_cfb9c5dfe7bd7a4ecb10b765c64cc089 } from '../../../components/personal/RevealValue.tsx'
import { DictionaryTransfer as DictionaryTransfer_39f6e5e5139d9b13cfe194f2c9ee7b16 } from '../../../../plugins/content-safety/components/DictionaryTransfer.tsx'
import { ScanFindings as ScanFindings_e1f79aabd4967a91f56e1f20efec685e } from '../../../../plugins/content-safety/components/ScanFindings.tsx'
import { RescanNow as RescanNow_5430afc7b9b23fbee47c8caca69bca49 } from '../../../../plugins/content-safety/components/RescanNow.tsx'
import { ReviewQueueLink as ReviewQueueLink_6168f263b42281eba99dcbcee4fb5dc2 } from '../../../../plugins/review-workflow/components/ReviewQueueLink.tsx'
import { LoginView as LoginView_e070caba1c61a9bd3a0ecd6596e86107 } from '../../../components/auth/LoginView.tsx'
import { CurrentPasswordField as CurrentPasswordField_5b1f0c2e9d7a4e3c8f6b2a1d0e9c8b7a } from '../../../components/auth/CurrentPasswordField.tsx'
import { ReviewQueueView as ReviewQueueView_ab2f06d8d2e65210a6657a32a07b123e } from '../../../../plugins/review-workflow/components/ReviewQueueView.tsx'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/../plugins/content-safety/components/FieldFindings.tsx#FieldFindings": FieldFindings_8c06257a3dd4417df08b5a9063a72d9c,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/../plugins/content-safety/components/SafetyPanel.tsx#SafetyPanel": SafetyPanel_bd362cca3cde3caf49d3750e55c16414,
  "/../plugins/review-workflow/components/WorkflowPanel.tsx#WorkflowPanel": WorkflowPanel_56bb2469da2ebf2b57e6aa42033a3d96,
  "/../plugins/review-workflow/components/WorkflowPanel.tsx#ShownInPanel": ShownInPanel_56bb2469da2ebf2b57e6aa42033a3d96,
  "/../plugins/review-workflow/components/WorkflowActions.tsx#WorkflowActions": WorkflowActions_1fb84c2aec9fe94a53b3736d0898a61a,
  "/../plugins/review-workflow/components/WorkflowActions.tsx#NoUnpublishButton": NoUnpublishButton_1fb84c2aec9fe94a53b3736d0898a61a,
  "/components/personal/RevealValue.tsx#RevealValue": RevealValue_cfb9c5dfe7bd7a4ecb10b765c64cc089,
  "/../plugins/content-safety/components/DictionaryTransfer.tsx#DictionaryTransfer": DictionaryTransfer_39f6e5e5139d9b13cfe194f2c9ee7b16,
  "/../plugins/content-safety/components/ScanFindings.tsx#ScanFindings": ScanFindings_e1f79aabd4967a91f56e1f20efec685e,
  "/../plugins/content-safety/components/RescanNow.tsx#RescanNow": RescanNow_5430afc7b9b23fbee47c8caca69bca49,
  "/../plugins/review-workflow/components/ReviewQueueLink.tsx#ReviewQueueLink": ReviewQueueLink_6168f263b42281eba99dcbcee4fb5dc2,
  "/components/auth/LoginView.tsx#LoginView": LoginView_e070caba1c61a9bd3a0ecd6596e86107,
  "/components/auth/CurrentPasswordField.tsx#CurrentPasswordField": CurrentPasswordField_5b1f0c2e9d7a4e3c8f6b2a1d0e9c8b7a,
  "/../plugins/review-workflow/components/ReviewQueueView.tsx#ReviewQueueView": ReviewQueueView_ab2f06d8d2e65210a6657a32a07b123e,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
