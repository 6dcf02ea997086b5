/** The error-code pages' data model: what a code means and what the archive says about it. */

/** What kind of code a key is, by its shape and the tables that name it. */
export type CodeFamily = 'ntstatus' | 'hresult' | 'mapi' | 'win32' | 'winsock' | 'bugcheck' | 'event' | 'status';
