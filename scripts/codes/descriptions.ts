/**
 * One-line descriptions of the codes the archive mentions most, written for
 * this site from Microsoft's documentation (named per entry), and the few bug
 * check codes the archive mentions that the ReactOS-derived bugcodes.h lacks,
 * named as Microsoft's Bug Check Code Reference names them. Keys are
 * `<table id>:<value>` of src/codes/meanings.json; the generator refuses a
 * key its tables do not have.
 */
import type { Description } from '../../src/codes/meanings-file.ts';

const NTSTATUS = "Microsoft Learn, [MS-ERREF] 2.3.1 NTSTATUS Values";
const BUG_CHECKS = 'Microsoft Learn, Bug Check Code Reference';
const HRESULTS = 'Microsoft Learn, [MS-ERREF] 2.1.1 HRESULT Values';
const WIN32 = 'Microsoft Learn, System Error Codes';
const WINSOCK = 'Microsoft Learn, Windows Sockets Error Codes';
const NETWORK = 'Microsoft Learn, Network Management Error Codes';

const from = (source: string, entries: Record<string, string>): Record<string, Description> =>
  Object.fromEntries(Object.entries(entries).map(([key, text]) => [key, { text, source }]));

export const DESCRIPTIONS: Record<string, Description> = {
  ...from(NTSTATUS, {
    'ntstatus:c0000005': 'The instruction referenced memory it has no access to: an access violation.',
    'ntstatus:c000021a': 'A vital user-mode subsystem (Winlogon or the Client Server Runtime, CSRSS) ended, so Windows stopped.',
    'ntstatus:80000003': 'A breakpoint was reached: a debugging trap that no debugger handled.',
    'ntstatus:80000002': 'A data item was read or written at an address not aligned to its size.',
    'ntstatus:80000001': 'A guard page of memory was touched; an error only where no one expected it.',
    'ntstatus:c0000017': 'Not enough virtual memory or paging-file quota to complete the operation.',
    'ntstatus:c000009a': 'Not enough system resources to complete the call.',
    'ntstatus:c0000135': 'A DLL the program needs could not be found, so it could not start.',
    'ntstatus:c0000142': 'A DLL failed to initialise, so the process could not start; often the desktop heap ran out.',
    'ntstatus:c0000022': 'A process asked for access to an object that its rights do not grant.',
  }),
  ...from(BUG_CHECKS, {
    'bugcheck:0000000a': 'Kernel-mode code touched paged or invalid memory at too high an interrupt level (IRQL): usually a faulty driver or bad memory.',
    'bugcheck:0000001e': 'A kernel-mode program raised an exception that no handler caught.',
    'bugcheck:00000050': 'Kernel-mode code referenced memory that is not valid: a faulty driver or service, or failing memory.',
    'bugcheck:0000007b': 'Windows lost access to the system partition while starting: a missing or wrong disk controller driver, or a damaged boot volume.',
    'bugcheck:0000007f': 'The processor raised a trap the kernel did not catch: often failing hardware or a kernel stack overflow.',
    'bugcheck:00000024': 'A problem occurred in the NTFS file system driver, often a damaged disk.',
    'bugcheck:00000023': 'A problem occurred in the FAT file system driver.',
    'bugcheck:0000001a': 'A severe memory-management error occurred.',
    'bugcheck:00000019': "A pool header is damaged: a driver corrupted the kernel's memory pool.",
    'bugcheck:0000003f': 'The system ran out of page table entries, often because a driver does not release them.',
    'bugcheck:000000d1': 'A driver touched pageable or invalid memory at too high an interrupt level (IRQL).',
    'bugcheck:0000002e': 'A parity error in the system memory: failing hardware.',
    'bugcheck:00000077': 'A kernel page of data could not be read from the paging file into memory.',
    'bugcheck:0000007a': 'A kernel page of data could not be read from the paging file into memory.',
  }),
  ...from(HRESULTS, {
    'hresult:80004005': 'Unspecified failure: the component reported an error without saying which.',
    'hresult:80070005': 'General access denied error: the Win32 error ERROR_ACCESS_DENIED as an HRESULT.',
    'hresult:80070057': 'One or more arguments are not valid.',
    'hresult:8000ffff': 'Catastrophic failure: an unexpected error.',
    'hresult:80004002': 'The object does not support the requested interface.',
    'hresult:80040154': 'Class not registered: the COM component is missing or not registered on this computer.',
    'hresult:800401f3': 'Invalid class string: no class is registered under that name (ProgID).',
    'hresult:8007000e': 'Not enough memory to complete the operation.',
    'hresult:80004001': 'Not implemented.',
  }),
  ...from('Microsoft Learn, MAPI error codes', {
    'mapi:8004010f': 'The requested object was not found: a profile, message store, folder or property.',
  }),
  ...from('Microsoft Learn, OLE DB error codes', {
    'oledb:80040e14': 'The command contained one or more errors; the provider\'s own error text gives the detail.',
  }),
  ...from(WIN32, {
    'win32:0': 'The operation completed successfully.',
    'win32:1': 'Incorrect function.',
    'win32:2': 'The system cannot find the file specified.',
    'win32:3': 'The system cannot find the path specified.',
    'win32:4': 'The system cannot open the file: too many files are open.',
    'win32:5': 'Access is denied.',
    'win32:6': 'The handle is invalid.',
    'win32:13': 'The data is invalid.',
    'win32:20': 'The system cannot find the device specified.',
    'win32:32': 'The process cannot access the file because another process is using it.',
    'win32:53': 'The network path was not found.',
    'win32:1311': 'There are currently no logon servers available to service the logon request.',
    'win32:1722': 'The RPC server is unavailable.',
  }),
  ...from(NETWORK, {
    'lanman:2140': 'An internal Windows NT error occurred.',
  }),
  ...from(WINSOCK, {
    'winsock:10060': 'Connection timed out: the other computer did not answer in time.',
    'winsock:10061': 'Connection refused: nothing was listening at that address and port.',
    'winsock:10054': 'Connection reset by peer: the remote host forcibly closed an existing connection.',
    'winsock:10053': 'Software caused connection abort: the connection was ended on this computer.',
    'winsock:10048': 'Address already in use: only one use of each socket address is normally allowed.',
    'winsock:10051': 'Network is unreachable.',
    'winsock:10065': 'No route to host.',
    'winsock:10013': 'Permission denied: access to the socket was forbidden.',
    'winsock:11001': 'Host not found: no such host is known.',
  }),
};

/**
 * Bug check codes the archive mentions that bugcodes.h does not define,
 * named as in Microsoft's Bug Check Code Reference.
 */
export const BUG_CHECK_NAMES: Record<string, string> = {
  '0000003b': 'SYSTEM_SERVICE_EXCEPTION',
  '00000046': 'DEREF_UNKNOWN_LOGON_SESSION',
  '00000082': 'DFS_FILE_SYSTEM',
  '0000008b': 'MBR_CHECKSUM_MISMATCH',
  '00000098': 'END_OF_NT_EVALUATION_PERIOD',
  '0000009a': 'SYSTEM_LICENSE_VIOLATION',
  '0000009c': 'MACHINE_CHECK_EXCEPTION',
};
export const BUG_CHECK_NAMES_SOURCE = BUG_CHECKS;
