import threading

inbox = []
log = []


def receive(text):
    inbox.append(text)


threads = [threading.Thread(target=receive, args=(t,)) for t in ("  Hello World ",)]
for t in threads:
    t.start()
for t in threads:
    t.join()
msg = inbox[0]
log.append(msg.strip().lower())
log.append(msg.replace("o", "0"))
log.append(msg.strip().startswith("Hell"))
log.append(msg.count("o"))
log.append(msg.find("W"))
log.append(msg.strip()[::-1])
log.append("-".join(["a", msg.strip()]))
log.append("{}|{:>3}".format(msg.strip()[:2], 7))
log.append("%s=%d" % ("n", len(msg)))
log.append(msg.strip().title())
print(log)  # ordered
