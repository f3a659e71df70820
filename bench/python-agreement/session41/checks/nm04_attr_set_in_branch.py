# check: an attribute set only in one branch of __init__; reading it later raises AttributeError
import threading

out = []


class Conn:
    def __init__(self, secure):
        self.host = "db"
        if secure:
            self.cert = "x509"


def work():
    c = Conn(False)
    out.append(c.host)
    out.append(c.cert)


t = threading.Thread(target=work)
t.start()
t.join()
print(out)
