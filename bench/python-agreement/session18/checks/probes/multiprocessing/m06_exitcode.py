from multiprocessing import Process

def ok():
    pass

if __name__ == "__main__":
    p = Process(target=ok)
    p.start()
    p.join()
    code = p.exitcode
