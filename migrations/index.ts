import * as migration_20261123_085713_initial from './20261123_085713_initial.ts'
import * as migration_20261123_100718_site_portal from './20261123_100718_site_portal.ts'
import * as migration_20261123_113821_audit_log from './20261123_113821_audit_log.ts'
import * as migration_20261123_114901_audit_checkpoints from './20261123_114901_audit_checkpoints.ts'
import * as migration_20261123_123855_staff_identity from './20261123_123855_staff_identity.ts'
import * as migration_20261123_125921_personal_data from './20261123_125921_personal_data.ts'
import * as migration_20261123_130852_last_login from './20261123_130852_last_login.ts'
import * as migration_20261123_134639_audit_partitions from './20261123_134639_audit_partitions.ts'
import * as migration_20261123_140246_review_workflow from './20261123_140246_review_workflow.ts'
import * as migration_20261123_144924_workflow_schedules from './20261123_144924_workflow_schedules.ts'
import * as migration_20261123_152258_messages_and_reminders from './20261123_152258_messages_and_reminders.ts'
import * as migration_20261123_152818_content_trash from './20261123_152818_content_trash.ts'
import * as migration_20261123_153226_article_cross_posting from './20261123_153226_article_cross_posting.ts'
import * as migration_20261123_163900_sensitive_words from './20261123_163900_sensitive_words.ts'
import * as migration_20261123_171915_content_safety_dictionary from './20261123_171915_content_safety_dictionary.ts'
import * as migration_20261123_180856_content_safety_rescans from './20261123_180856_content_safety_rescans.ts'
import * as migration_20261123_181203_consultations from './20261123_181203_consultations.ts'
import * as migration_20261123_182243_dictionary_pinyin from './20261123_182243_dictionary_pinyin.ts'
import * as migration_20261203_080000_login_challenges from './20261203_080000_login_challenges.ts'
import * as migration_20261203_080000_shared_limits from './20261203_080000_shared_limits.ts'
import * as migration_20261203_080247_media_publication from './20261203_080247_media_publication.ts'
import * as migration_20261203_133734_jobs_queue from './20261203_133734_jobs_queue.ts'
import * as migration_20261203_160500_stored_field_names from './20261203_160500_stored_field_names.ts'
import * as migration_20261203_160855_workflow_state_stage from './20261203_160855_workflow_state_stage.ts'
import * as migration_20261203_162810_safety_list_type from './20261203_162810_safety_list_type.ts'
import * as migration_20261203_172053_safety_homophones from './20261203_172053_safety_homophones.ts'

export const migrations = [
  {
    up: migration_20261123_085713_initial.up,
    down: migration_20261123_085713_initial.down,
    name: '20261123_085713_initial',
  },
  {
    up: migration_20261123_100718_site_portal.up,
    down: migration_20261123_100718_site_portal.down,
    name: '20261123_100718_site_portal',
  },
  {
    up: migration_20261123_113821_audit_log.up,
    down: migration_20261123_113821_audit_log.down,
    name: '20261123_113821_audit_log',
  },
  {
    up: migration_20261123_114901_audit_checkpoints.up,
    down: migration_20261123_114901_audit_checkpoints.down,
    name: '20261123_114901_audit_checkpoints',
  },
  {
    up: migration_20261123_123855_staff_identity.up,
    down: migration_20261123_123855_staff_identity.down,
    name: '20261123_123855_staff_identity',
  },
  {
    up: migration_20261123_125921_personal_data.up,
    down: migration_20261123_125921_personal_data.down,
    name: '20261123_125921_personal_data',
  },
  {
    up: migration_20261123_130852_last_login.up,
    down: migration_20261123_130852_last_login.down,
    name: '20261123_130852_last_login',
  },
  {
    up: migration_20261123_134639_audit_partitions.up,
    down: migration_20261123_134639_audit_partitions.down,
    name: '20261123_134639_audit_partitions',
  },
  {
    up: migration_20261123_140246_review_workflow.up,
    down: migration_20261123_140246_review_workflow.down,
    name: '20261123_140246_review_workflow',
  },
  {
    up: migration_20261123_144924_workflow_schedules.up,
    down: migration_20261123_144924_workflow_schedules.down,
    name: '20261123_144924_workflow_schedules',
  },
  {
    up: migration_20261123_152258_messages_and_reminders.up,
    down: migration_20261123_152258_messages_and_reminders.down,
    name: '20261123_152258_messages_and_reminders',
  },
  {
    up: migration_20261123_152818_content_trash.up,
    down: migration_20261123_152818_content_trash.down,
    name: '20261123_152818_content_trash',
  },
  {
    up: migration_20261123_153226_article_cross_posting.up,
    down: migration_20261123_153226_article_cross_posting.down,
    name: '20261123_153226_article_cross_posting',
  },
  {
    up: migration_20261123_163900_sensitive_words.up,
    down: migration_20261123_163900_sensitive_words.down,
    name: '20261123_163900_sensitive_words',
  },
  {
    up: migration_20261123_171915_content_safety_dictionary.up,
    down: migration_20261123_171915_content_safety_dictionary.down,
    name: '20261123_171915_content_safety_dictionary',
  },
  {
    up: migration_20261123_180856_content_safety_rescans.up,
    down: migration_20261123_180856_content_safety_rescans.down,
    name: '20261123_180856_content_safety_rescans',
  },
  {
    up: migration_20261123_181203_consultations.up,
    down: migration_20261123_181203_consultations.down,
    name: '20261123_181203_consultations',
  },
  {
    up: migration_20261123_182243_dictionary_pinyin.up,
    down: migration_20261123_182243_dictionary_pinyin.down,
    name: '20261123_182243_dictionary_pinyin',
  },
  {
    up: migration_20261203_080000_login_challenges.up,
    down: migration_20261203_080000_login_challenges.down,
    name: '20261203_080000_login_challenges',
  },
  {
    up: migration_20261203_080000_shared_limits.up,
    down: migration_20261203_080000_shared_limits.down,
    name: '20261203_080000_shared_limits',
  },
  {
    up: migration_20261203_080247_media_publication.up,
    down: migration_20261203_080247_media_publication.down,
    name: '20261203_080247_media_publication',
  },
  {
    up: migration_20261203_133734_jobs_queue.up,
    down: migration_20261203_133734_jobs_queue.down,
    name: '20261203_133734_jobs_queue',
  },
  {
    up: migration_20261203_160500_stored_field_names.up,
    down: migration_20261203_160500_stored_field_names.down,
    name: '20261203_160500_stored_field_names',
  },
  {
    up: migration_20261203_160855_workflow_state_stage.up,
    down: migration_20261203_160855_workflow_state_stage.down,
    name: '20261203_160855_workflow_state_stage',
  },
  {
    up: migration_20261203_162810_safety_list_type.up,
    down: migration_20261203_162810_safety_list_type.down,
    name: '20261203_162810_safety_list_type',
  },
  {
    up: migration_20261203_172053_safety_homophones.up,
    down: migration_20261203_172053_safety_homophones.down,
    name: '20261203_172053_safety_homophones',
  },
]
