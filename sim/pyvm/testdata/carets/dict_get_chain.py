config = {'db': {'host': 'x'}}
port = config['db']['port'] + 1
