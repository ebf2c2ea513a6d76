<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="27" />
        <source>新建受理</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="28" />
        <source>登记一件新的纠纷案件</source>
        <translation>Register a new dispute</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="29" />
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="30" />
        <source>按案号、姓名、电话或身份证尾号、警情号、事实中的词查找案件</source>
        <translation>Find cases by number, name, last digits of a phone or ID number, police reference, or words in the facts</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="32" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="33" />
        <source>重新读取当前页面的数据</source>
        <translation>Reload the data on this page</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="34" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="35" />
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="35" />
        <source>回到上一个页面</source>
        <translation>Go back to the previous page</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="37" />
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="38" />
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="39" />
        <source>日程</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="40" />
        <source>台账与统计</source>
        <translation>Ledger &amp; statistics</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="41" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>CaseDetailPage</name>
    <message>
        <location filename="../../ui/case_detail.py" line="105" />
        <source>← 返回</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="137" />
        <location filename="../../ui/case_detail.py" line="140" />
        <source>正在读取案件…</source>
        <translation>Loading the case…</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="41" />
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="45" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="45" />
        <source>纠纷类型</source>
        <translation>Dispute type</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="45" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="46" />
        <source>风险</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="46" />
        <source>移送单位</source>
        <translation>Referring agency</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="46" />
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="47" />
        <source>受理日期从</source>
        <translation>Received from</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="47" />
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="72" />
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="82" />
        <source>全部</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../ui/case_detail.py" line="60" />
        <source>风险：{level}</source>
        <translation>Risk: {level}</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="71" />
        <source>纠纷类型</source>
        <translation>Dispute type</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="71" />
        <source>案件来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="72" />
        <source>受理日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="72" />
        <source>调解期限</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="73" />
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="73" />
        <source>未指定</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="73" />
        <source>涉及人数</source>
        <translation>People involved</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="76" />
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="78" />
        <source>结案日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="80" />
        <source>不予受理理由</source>
        <translation>Reason for declining</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="92" />
        <source>风险依据：{reasons}</source>
        <translation>Risk factors: {reasons}</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../ui/case_list.py" line="49" />
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="51" />
        <source>新建受理</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="65" />
        <source>清除搜索，回到全部案件</source>
        <translation>Clear the search and show all cases</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="128" />
        <source>正在搜索“{q}”…</source>
        <translation>Searching for “{q}”…</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="158" />
        <source>“{col}”列不能排序。</source>
        <translation>The “{col}” column cannot be sorted.</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="169" />
        <source>正在读取…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="172" />
        <source>搜索“{q}”：找到 {n} 件</source>
        <translation>Search “{q}”: {n} found</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="174" />
        <source>，显示最新的 {k} 件，请输入更具体的内容</source>
        <translation>, showing the newest {k}; type something more specific</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="177" />
        <source>已显示 {k} 件，正在统计总数…</source>
        <translation>{k} shown, counting the total…</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="179" />
        <source>共 {n} 件，已显示 {k} 件（向下滚动显示更多）</source>
        <translation>{n} in all, {k} shown (scroll down for more)</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="181" />
        <source>共 {n} 件</source>
        <translation>{n} in all</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <location filename="../../ui/case_table_model.py" line="46" />
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="47" />
        <source>受理日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="48" />
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="49" />
        <source>纠纷类型</source>
        <translation>Dispute type</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="50" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="51" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="52" />
        <source>风险</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="53" />
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="54" />
        <source>调解期限</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="55" />
        <source>移送单位</source>
        <translation>Referring agency</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="128" />
        <source>正在读取案件…</source>
        <translation>Loading the case…</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="157" />
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="169" />
        <source>正在搜索…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../ui/case_table_model.py" line="215" />
        <source>此列不能排序</source>
        <translation>This column cannot be sorted</translation>
    </message>
</context>
<context>
    <name>CaseTabs</name>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="10" />
        <source>书面协议</source>
        <translation>Written</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="10" />
        <source>口头协议</source>
        <translation>Oral</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="11" />
        <source>待履行</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="11" />
        <source>已履行</source>
        <translation>Performed</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="12" />
        <source>部分履行</source>
        <translation>Partly performed</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="13" />
        <source>未履行</source>
        <translation>Not performed</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="17" />
        <source>协议</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="18" />
        <location filename="../../ui/case_tabs/referral.py" line="39" />
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="18" />
        <location filename="../../ui/case_tabs/records.py" line="17" />
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="19" />
        <location filename="../../ui/case_tabs/records.py" line="18" />
        <location filename="../../ui/case_tabs/sessions.py" line="17" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="19" />
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="20" />
        <source>签订日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="20" />
        <source>履行期限</source>
        <translation>Performance due</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="21" />
        <location filename="../../ui/case_tabs/follow_ups.py" line="14" />
        <source>履行情况</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/agreements.py" line="22" />
        <source>还没有调解协议。</source>
        <translation>No agreement yet.</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/attachments.py" line="11" />
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/attachments.py" line="15" />
        <source>这里将列出本案的附件：身份证明、授权委托书、证据材料、履行凭证等，并可按卷宗顺序整理。</source>
        <translation>The case's attachments will be listed here: identity proofs, powers of attorney, evidence, receipts — arranged in case-file order.</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="12" />
        <source>回访</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="13" />
        <source>应回访日期</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="13" />
        <source>回访日期</source>
        <translation>Visited on</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="14" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="15" />
        <source>还没有回访。协议签订后会按期限安排回访。</source>
        <translation>No follow-up yet. Follow-ups are planned once an agreement is signed.</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/follow_ups.py" line="18" />
        <source>未回访</source>
        <translation>Not visited</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/history.py" line="11" />
        <source>新建</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/history.py" line="11" />
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/history.py" line="12" />
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/history.py" line="12" />
        <source>不予受理</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/history.py" line="13" />
        <source>结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/history.py" line="13" />
        <source>签字确认</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/history.py" line="14" />
        <source>包案方案</source>
        <translation>Key-case plan</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/history.py" line="29" />
        <source>历史</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/history.py" line="30" />
        <location filename="../../ui/case_tabs/records.py" line="17" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/history.py" line="30" />
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/history.py" line="31" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/history.py" line="31" />
        <source>对象</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/history.py" line="32" />
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/history.py" line="33" />
        <source>没有变更记录。</source>
        <translation>No changes recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/parties.py" line="12" />
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/parties.py" line="13" />
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/parties.py" line="13" />
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/parties.py" line="14" />
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/parties.py" line="14" />
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/parties.py" line="15" />
        <source>出生日期</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/parties.py" line="15" />
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/parties.py" line="16" />
        <source>身份证号/信用代码</source>
        <translation>ID / credit code</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/parties.py" line="16" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/parties.py" line="17" />
        <source>代理人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/parties.py" line="17" />
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/parties.py" line="18" />
        <source>本案还没有登记当事人。</source>
        <translation>No parties registered for this case.</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/records.py" line="9" />
        <source>调解记录</source>
        <translation>Session record</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/records.py" line="10" />
        <source>调查记录</source>
        <translation>Investigation record</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/records.py" line="11" />
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/records.py" line="11" />
        <source>已签字</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/records.py" line="12" />
        <source>已更正</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/records.py" line="16" />
        <source>记录</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/records.py" line="18" />
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/records.py" line="19" />
        <source>事由</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/records.py" line="20" />
        <source>还没有调解记录或调查记录。</source>
        <translation>No session or investigation records yet.</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="13" />
        <source>移送与反馈</source>
        <translation>Referral &amp; feedback</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="17" />
        <source>本案不是移送案件（来源为当事人申请或调委会主动调解）。</source>
        <translation>This case was not referred (it came from a party's application or the committee's own initiative).</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="36" />
        <source>尚未反馈</source>
        <translation>Not yet sent</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="38" />
        <source>移送单位</source>
        <translation>Referring agency</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="40" />
        <source>联络员</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="41" />
        <source>移送日期</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="42" />
        <source>移送要求</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="43" />
        <source>反馈期限</source>
        <translation>Feedback due</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="44" />
        <source>反馈情况</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/referral.py" line="45" />
        <source>反馈内容</source>
        <translation>Feedback text</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/sessions.py" line="9" />
        <source>已安排</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/sessions.py" line="9" />
        <source>已进行</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/sessions.py" line="10" />
        <source>已改期</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/sessions.py" line="11" />
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/sessions.py" line="15" />
        <source>调解</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/sessions.py" line="16" />
        <source>开始</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/sessions.py" line="16" />
        <source>结束</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/sessions.py" line="17" />
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/case_tabs/sessions.py" line="18" />
        <source>还没有安排调解。安排后会在这里列出每一次调解的时间和地点。</source>
        <translation>No session scheduled yet. Each session will be listed here with its time and place.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard.py" line="102" />
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="112" />
        <source>高风险未结</source>
        <translation>High-risk open</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="128" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="128" />
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="128" />
        <source>情况</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="129" />
        <source>今日调解</source>
        <translation>Today's sessions</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="129" />
        <source>今天没有安排调解。</source>
        <translation>No sessions today.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="130" />
        <source>本周调解</source>
        <translation>This week's sessions</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="130" />
        <source>本周没有安排调解。</source>
        <translation>No sessions this week.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="131" />
        <source>已超过调解期限</source>
        <translation>Past the time limit</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="131" />
        <source>没有超期的案件。</source>
        <translation>No overdue cases.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="132" />
        <location filename="../../ui/dashboard.py" line="134" />
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="133" />
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="133" />
        <source>近期没有到期的案件。</source>
        <translation>Nothing due soon.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="135" />
        <source>待反馈的移送案件</source>
        <translation>Referrals awaiting feedback</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="135" />
        <source>没有等待反馈的移送案件。</source>
        <translation>No referral is waiting for feedback.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="136" />
        <source>反馈期限</source>
        <translation>Feedback due</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="136" />
        <source>移送单位</source>
        <translation>Referring agency</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="137" />
        <source>高风险未结案件</source>
        <translation>High-risk open cases</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="137" />
        <source>没有高风险的未结案件。</source>
        <translation>No high-risk open cases.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="138" />
        <source>受理日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="160" />
        <source>正在读取工作台…</source>
        <translation>Loading the dashboard…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="171" />
        <source>今天是 {day}</source>
        <translation>Today is {day}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="185" />
        <source>（已超期）</source>
        <translation> (overdue)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="35" />
        <source>操作没有完成：程序遇到了意外问题。您的数据没有受到影响，请重试；如果问题重复出现，请把日志文件 {path} 发给技术支持人员。</source>
        <translation>The operation did not complete: the program ran into an unexpected problem. Your data is unharmed; please try again. If it happens again, send the log file {path} to your support contact.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="42" />
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="43" />
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="46" />
        <source>知道了</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="66" />
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="68" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="69" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="19" />
        <source>首次设置 — 调解室工作台</source>
        <translation>First-time setup — Mediation Desk</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="23" />
        <source>欢迎使用调解室工作台</source>
        <translation>Welcome to Mediation Desk</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="24" />
        <source>请填写本调委会的基本信息。以后可以在“设置”中修改。</source>
        <translation>Enter your committee's particulars. You can change them later in Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="28" />
        <source>例如：安宁镇人民调解委员会</source>
        <translation>e.g. 安宁镇人民调解委员会</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="30" />
        <source>例如：安（案号为（2026）安调字第001号）</source>
        <translation>e.g. 安 (case numbers like （2026）安调字第001号)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="34" />
        <source>不填则与调委会名称相同</source>
        <translation>Leave empty to use the committee's name</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="36" />
        <source>调解员姓名，可稍后添加更多</source>
        <translation>A mediator's name; add more later</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="40" />
        <source>调委会名称</source>
        <translation>Committee name</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="41" />
        <source>字号</source>
        <translation>Short name (字号)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="42" />
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="43" />
        <source>印章文字</source>
        <translation>Seal text</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="44" />
        <source>第一位调解员</source>
        <translation>First mediator</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="57" />
        <source>开始使用</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="60" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../ui/intake_form.py" line="73" />
        <source>新建受理</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="75" />
        <source>Tab 或回车到下一项，Ctrl+S 保存</source>
        <translation>Tab or Enter moves on, Ctrl+S saves</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="110" />
        <source>纠纷情况</source>
        <translation>The dispute</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="123" />
        <location filename="../../ui/intake_form.py" line="300" />
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="126" />
        <source>双方关系、纠纷起因和经过、目前状况</source>
        <translation>How the parties are related, how the dispute arose, where it stands</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="130" />
        <source>申请人的请求，每行一项</source>
        <translation>The applicant's requests, one per line</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="135" />
        <source>纠纷类型</source>
        <translation>Dispute type</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="135" />
        <source>案件来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="136" />
        <location filename="../../ui/intake_form.py" line="192" />
        <source>受理日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="137" />
        <source>移送单位</source>
        <translation>Referring agency</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="139" />
        <source>纠纷简要情况</source>
        <translation>Summary of the dispute</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="139" />
        <source>申请事项</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="140" />
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="162" />
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="164" />
        <source>＋ 申请人</source>
        <translation>+ Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="167" />
        <source>＋ 被申请人</source>
        <translation>+ Respondent</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="187" />
        <source>当事人既往案件</source>
        <translation>Parties' earlier cases</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="188" />
        <source>输入当事人的身份证号（或姓名和电话）后，这里会列出其以前的案件。</source>
        <translation>Once a party's ID number (or name and phone) is entered, their earlier cases appear here.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="192" />
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="192" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="201" />
        <source>受理决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="202" />
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="204" />
        <source>不予受理</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="217" />
        <source>不予受理的理由（将写入告知书）</source>
        <translation>Reason for declining (goes into the notice)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="233" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="237" />
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="251" />
        <source>请选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="259" />
        <source>稍后指定</source>
        <translation>Assign later</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="329" />
        <source>正在查找当事人的既往案件…</source>
        <translation>Looking up the parties' earlier cases…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="342" />
        <source>{name}（{role}）：以前有 {n} 件</source>
        <translation>{name} ({role}): {n} earlier</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="344" />
        <source>，{k} 件未结</source>
        <translation>, {k} open</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="358" />
        <source>以下当事人以前来过，请核对是否为同一纠纷、有无未结案件。</source>
        <translation>These parties have been here before. Check whether it is the same dispute and whether a case is still open.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="360" />
        <source>没有找到这些当事人以前的案件。</source>
        <translation>No earlier cases of these parties.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="393" />
        <source>有 {n} 处需要更正，已在相应位置用红字标出；没有保存任何内容。</source>
        <translation>{n} entries need correcting; they are marked in red. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="412" />
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="420" />
        <source>当事人以前有案件（见右侧列表）。请核对后再按一次“保存”。</source>
        <translation>The parties have earlier cases (listed on the right). Check them, then press Save again.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="429" />
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="445" />
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="446" />
        <source>{verdict}：案号 {number}。风险等级：{risk}</source>
        <translation>{verdict}: case {number}. Risk: {risk}</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="449" />
        <source>（{reasons}）</source>
        <translation> ({reasons})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="131" />
        <source>搜索案号、姓名、电话/身份证尾号、警情号…（Ctrl+F）</source>
        <translation>Search case number, name, phone/ID digits, police reference… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137" />
        <source>调解室工作台 — {name} — {db}</source>
        <translation>Mediation Desk — {name} — {db}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241" />
        <source>正在统计案件…</source>
        <translation>Counting cases…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244" />
        <source>共 {n} 件案件</source>
        <translation>{n} cases</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/pages.py" line="60" />
        <location filename="../../ui/pages.py" line="85" />
        <source>日程</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="61" />
        <source>这里将按周显示各调解室的调解安排，可以新建、改期和取消调解。</source>
        <translation>The week's sessions in each mediation room will appear here; you will schedule, move and cancel sessions here.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="62" />
        <source>调解员、联络员或调解室时间冲突时会在安排前提示。</source>
        <translation>Clashes of mediators, liaisons or rooms will be pointed out before a session is booked.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="63" />
        <source>今天和本周的调解目前可在“工作台”查看。</source>
        <translation>Today's and this week's sessions are on the Dashboard meanwhile.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="68" />
        <location filename="../../ui/pages.py" line="86" />
        <source>台账与统计</source>
        <translation>Ledger &amp; statistics</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="69" />
        <source>这里将显示人民调解案件台账，可按年度、月份筛选并导出 Excel。</source>
        <translation>The register of cases will appear here, by year or month, with an Excel export.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="70" />
        <source>司法局要求的统计报表（受理、调解成功、协议金额、防止民转刑等）也将在此生成。</source>
        <translation>The judicial bureau's statistics (accepted, settled, amounts, escalations prevented …) will be produced here too.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="71" />
        <source>在此之前，可在“案件”页按条件筛选查看全部案件。</source>
        <translation>Meanwhile, filter all cases on the Cases page.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="83" />
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="84" />
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="87" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>PartyEditor</name>
    <message>
        <location filename="../../ui/party_editor.py" line="49" />
        <source>自然人</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="50" />
        <source>单位/组织</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="51" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="52" />
        <source>18 位身份证号码</source>
        <translation>18-character ID number</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="54" />
        <source>18 位统一社会信用代码</source>
        <translation>18-character credit code</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="55" />
        <location filename="../../ui/party_editor.py" line="78" />
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="57" />
        <source>未填</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="58" />
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="59" />
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="62" />
        <source>手机或座机</source>
        <translation>Mobile or landline</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="63" />
        <source>如：汉族</source>
        <translation>e.g. Han</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="65" />
        <source>单位或住址</source>
        <translation>Workplace or home address</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="66" />
        <source>没有可不填</source>
        <translation>Leave empty if none</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="68" />
        <source>删除此当事人</source>
        <translation>Remove this party</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="73" />
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="73" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="74" />
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="75" />
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="76" />
        <source>信用代码</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="77" />
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="77" />
        <source>出生日期/年龄</source>
        <translation>Born / age</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="79" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="79" />
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="80" />
        <source>职业或职务</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="81" />
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="82" />
        <source>代理人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="83" />
        <source>代理人电话</source>
        <translation>Agent's phone</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="121" />
        <source>当事人 {n}</source>
        <translation>Party {n}</translation>
    </message>
    <message>
        <location filename="../../ui/party_editor.py" line="169" />
        <source>{born}（{age} 岁）</source>
        <translation>{born} (age {age})</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="38" />
        <source>调解期限（天）</source>
        <translation>Mediation time limit (days)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="39" />
        <source>法院委派调解期限（天）</source>
        <translation>Court-delegated mediation (days)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="40" />
        <source>移送案件反馈期限（天）</source>
        <translation>Feedback on referrals (days)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="41" />
        <source>协议签订后回访（天）</source>
        <translation>Follow-up after agreement (days)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="42" />
        <source>司法确认申请期限（天）</source>
        <translation>Judicial confirmation window (days)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="43" />
        <source>重复纠纷统计范围（天）</source>
        <translation>Repeat-dispute window (days)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="44" />
        <source>协议书份数</source>
        <translation>Agreement copies</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="65" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="86" />
        <source>调委会</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="90" />
        <location filename="../../ui/settings_page.py" line="163" />
        <source>调委会名称</source>
        <translation>Committee name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="90" />
        <location filename="../../ui/settings_page.py" line="163" />
        <source>字号</source>
        <translation>Short name (字号)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="91" />
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="91" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="92" />
        <source>印章文字</source>
        <translation>Seal text</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="92" />
        <source>文书抬头</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="106" />
        <source>字号用于案号，例如“安”对应（2026）安调字第001号。修改后只影响新案件。</source>
        <translation>The short name goes into case numbers, e.g. 安 gives （2026）安调字第001号. A change affects new cases only.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="110" />
        <source>期限与份数</source>
        <translation>Time limits and copies</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="123" />
        <source>恢复默认期限…</source>
        <translation>Restore default limits…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="128" />
        <source>保存调委会设置</source>
        <translation>Save committee settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="159" />
        <source>正在保存设置…</source>
        <translation>Saving settings…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="165" />
        <source>{label}为必填项。</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="170" />
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="185" />
        <source>把所有期限和份数恢复为默认值并保存？当前的设置将被覆盖。</source>
        <translation>Restore every time limit and copy count to its default and save? The current values will be replaced.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="186" />
        <source>恢复默认</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="196" />
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="205" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="208" />
        <source>调解员证号（可不填）</source>
        <translation>Roster number (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="209" />
        <location filename="../../ui/settings_page.py" line="224" />
        <source>专职</source>
        <translation>Full-time</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="210" />
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="224" />
        <source>兼职</source>
        <translation>Part-time</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="225" />
        <source>已停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="227" />
        <source>还没有调解员。</source>
        <translation>No mediators yet.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="249" />
        <source>正在添加调解员…</source>
        <translation>Adding the mediator…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="259" />
        <location filename="../../ui/settings_page.py" line="278" />
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="268" />
        <source>更改语言后，重新启动程序生效。</source>
        <translation>A new language takes effect when the program is restarted.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="277" />
        <source>界面语言已改为 {name}，重新启动程序后生效。</source>
        <translation>The language is now {name}; restart the program to see it.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="88" />
        <source>正在处理…</source>
        <translation>Working…</translation>
    </message>
</context>
</TS>