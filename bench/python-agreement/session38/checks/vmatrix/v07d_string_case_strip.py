# ordered
# value matrix: string_case_strip: s.strip().title()
import threading

log = []


def work(s):
    log.append(s.strip().title())


t = threading.Thread(target=work, args=('  Hello World  ',))
t.start()
t.join()
print(log)
