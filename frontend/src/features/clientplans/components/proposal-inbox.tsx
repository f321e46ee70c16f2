import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import {
  useAcceptProposal,
  useProposalInbox,
  useRejectProposal,
  type Proposal,
} from '@/features/clientplans/api/client-plans';
import { ProposalCard } from './proposal-list';
import './client-plans.css';

/**
 * A company's tenant admins see the actions their consultancies propose: pending ones with Accept (the action joins
 * the plan, owners are assigned there) and Reject with a note the consultancy reads; decided ones folded away.
 * Nothing is shown when no consultancy has proposed anything.
 */
export function ProposalInbox() {
  const { t } = useTranslation();
  const inbox = useProposalInbox();
  const [message, setMessage] = useState<string | null>(null);
  if (inbox.isError) return <ProblemAlert title={t('clientplans.inbox.loadFailed')} error={inbox.error} />;
  if (!inbox.data || inbox.data.length === 0) return null;
  const pending = inbox.data.filter((p) => p.status === 'PENDING');
  const decided = inbox.data.filter((p) => p.status !== 'PENDING');
  return (
    <section aria-labelledby="inbox-heading" className="page-section">
      <h2 id="inbox-heading">{t('clientplans.inbox.heading', { count: pending.length })}</h2>
      {message ? <p role="status">{message}</p> : null}
      {pending.length === 0 ? <p>{t('clientplans.inbox.nonePending')}</p> : null}
      <ul className="plain-list">
        {pending.map((p) => (
          <PendingProposal key={p.id} proposal={p} onDone={setMessage} />
        ))}
      </ul>
      {decided.length > 0 ? (
        <details>
          <summary>{t('clientplans.inbox.decided', { count: decided.length })}</summary>
          <ul className="plain-list">
            {decided.map((p) => (
              <ProposalCard key={p.id} proposal={p} from={p.consultancy.name} />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

/** A refusal is shown by the mutation's own error; the promise's rejection needs no second handler. */
const ignore = () => undefined;

/**
 * A pending proposal and its two decisions. The card leaves the pending list as soon as the inbox is read again, so
 * the confirmation is reported to the inbox through the mutation's promise, which settles even after the unmount.
 */
function PendingProposal({ proposal: p, onDone }: { proposal: Proposal; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const accept = useAcceptProposal();
  const reject = useRejectProposal();
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState('');
  const busy = accept.isPending || reject.isPending;
  return (
    <ProposalCard proposal={p} from={p.consultancy.name}>
      {accept.isError ? <ProblemAlert title={t('clientplans.inbox.acceptFailed')} error={accept.error} /> : null}
      {reject.isError ? <ProblemAlert title={t('clientplans.inbox.rejectFailed')} error={reject.error} /> : null}
      {rejecting ? (
        <div className="proposal-card__controls">
          <TextField
            label={t('clientplans.inbox.note')}
            value={note}
            maxLength={2000}
            onChange={(e) => setNote(e.target.value)}
          />
          <Button
            disabled={busy}
            onClick={() =>
              reject
                .mutateAsync({ id: p.id, note })
                .then(() => onDone(t('clientplans.inbox.rejected', { title: p.title })), ignore)
            }
          >
            {t('clientplans.inbox.confirmReject')}
          </Button>
          <Button variant="secondary" disabled={busy} onClick={() => setRejecting(false)}>
            {t('clientplans.inbox.cancel')}
          </Button>
        </div>
      ) : (
        <div className="proposal-card__controls">
          <Button
            disabled={busy}
            aria-label={t('clientplans.inbox.acceptNamed', { title: p.title })}
            onClick={() =>
              accept
                .mutateAsync({ id: p.id, body: {} })
                .then(() => onDone(t('clientplans.inbox.accepted', { title: p.title })), ignore)
            }
          >
            {t('clientplans.inbox.accept')}
          </Button>
          <Button
            variant="secondary"
            disabled={busy}
            aria-label={t('clientplans.inbox.rejectNamed', { title: p.title })}
            onClick={() => setRejecting(true)}
          >
            {t('clientplans.inbox.reject')}
          </Button>
        </div>
      )}
    </ProposalCard>
  );
}
