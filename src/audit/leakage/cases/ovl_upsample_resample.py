# leakage: overlap@9
import pandas as pd
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC
df = pd.read_csv("churn.csv")
majority = df[df.churn == 0]
minority = df[df.churn == 1]
upsampled = resample(minority, replace=True, n_samples=len(majority), random_state=0)
balanced = pd.concat([majority, upsampled])
train, test = train_test_split(balanced, random_state=0)
svc = SVC().fit(train.drop(columns="churn"), train.churn)
print(svc.score(test.drop(columns="churn"), test.churn))
