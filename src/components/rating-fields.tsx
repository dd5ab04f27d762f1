import { Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ratingCommentMaxLength, type RatingLevel } from '../domain/satisfaction.ts';
import { RatingScale } from './rating-scale.tsx';

export interface RatingFieldsProps {
  level: RatingLevel | null;
  onLevel: (level: RatingLevel) => void;
  /** Sent without a level: the scale asks for one. */
  missingLevel: boolean;
  comment: string;
  onComment: (comment: string) => void;
  /** `xl`: the counter tablet; `md`: the lookup on a phone. */
  size?: 'md' | 'xl';
}

/** An applicant's rating: the five levels and an optional comment (counter tablet and public lookup). */
export function RatingFields({ level, onLevel, missingLevel, comment, onComment, size = 'md' }: RatingFieldsProps) {
  const { t } = useTranslation();
  const large = size === 'xl';
  return (
    <>
      <RatingScale size={size} label={t('citizens.rating.legend')} value={level} onChange={onLevel} />
      {missingLevel && (
        <Text size={large ? 'lg' : 'sm'} c="red" role="alert">
          {t('citizens.rating.chooseLevel')}
        </Text>
      )}
      <Textarea
        size={large ? 'lg' : undefined}
        label={t('citizens.rating.comment')}
        placeholder={t('citizens.rating.commentPlaceholder')}
        autosize
        minRows={2}
        maxLength={ratingCommentMaxLength}
        value={comment}
        onChange={(event) => onComment(event.currentTarget.value)}
      />
    </>
  );
}
