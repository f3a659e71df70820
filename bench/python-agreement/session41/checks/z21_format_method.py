# check: str.format corner cases
import threading

result = ""


def work():
    global result
    parts = []
    parts.append("{:>3}".format("x"))
    parts.append("{:03d}".format(7))
    parts.append("{:.1%}".format(0.1234))
    parts.append("{0}{0}{1}".format("a", "b"))
    parts.append("{:,.2f}".format(-1234.5))
    parts.append("{:^6.1f}".format(2.25))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
