# Known bug: the auditor's sorted copy is taken while the writer is between its two inserts.
import threading

ledger = {1: 1}
audit = 0


def writer():
    ledger[2] = 2
    ledger[3] = 3


def auditor():
    global audit
    total = 0
    for name in sorted(ledger):
        total = total + 1
    audit = total


def main():
    w = threading.Thread(target=writer)
    a = threading.Thread(target=auditor)
    a.start()
    w.start()
    w.join()
    a.join()
    assert audit == 3, audit


if __name__ == "__main__":
    main()
