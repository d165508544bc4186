user = {'name': 'ann'}
print(f"hello {user['nme']}!")
