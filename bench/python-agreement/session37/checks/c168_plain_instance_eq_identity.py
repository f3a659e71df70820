import threading

log = []
sessions = []


class Session:
    def __init__(self, user):
        self.user = user


def login(user):
    sessions.append(Session(user))


threads = [threading.Thread(target=login, args=(u,)) for u in ("ann", "ann")]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(sessions[0] == sessions[1])
log.append(sessions[0].user == sessions[1].user)
print(log)  # ordered
