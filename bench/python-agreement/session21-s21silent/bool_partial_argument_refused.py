"""A bool bound by functools.partial, then in an f-string: CPython's log is ['flag=True n=3']; weft
refuses the text of `flag` (before session 21: ['flag=1 n=3'] under "complete")."""
import functools
import threading

log = []


def report(flag, n):
    log.append(f"flag={flag} n={n}")


t = threading.Thread(target=functools.partial(report, True), args=(3,))
t.start()
t.join()
print(log)
