import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import RemoteRoom from '../../kit/classroom/components/RemoteRoom.vue'
import { remoteRoomLabels } from '../../kit/labels'

const security = {
  identities: 5,
  classSize: 40,
  perDevice: 2,
  refused: 17,
  addresses: [{ address: '192.168.1.50', identities: 2, connections: 8, refused: 17 }, { address: '192.168.1.7', identities: 1, connections: 1, refused: 0 }],
  devices: [{ device: 'mine-aaaaaaa', online: 1, you: true }, { device: 'lost-bbbbbbb', online: 2, you: false }],
}

describe('RemoteRoom', () => {
  it('shows identities against the class size, refusals, and each address with its identities', () => {
    const wrapper = mount(RemoteRoom, { props: { security } })
    expect(wrapper.text()).toContain(remoteRoomLabels.identities(5, 40, 2))
    expect(wrapper.text()).toContain(remoteRoomLabels.refused(17))
    expect(wrapper.findAll('tbody tr').map(row => row.findAll('td').map(cell => cell.text()))).toEqual([['192.168.1.50', '2', '8', '17'], ['192.168.1.7', '1', '1', '0']])
  })

  it('revokes another presenter device, never this one, and asks for a new link', async () => {
    const wrapper = mount(RemoteRoom, { props: { security } })
    expect(wrapper.find('[data-device="mine-aaaaaaa"] button').exists()).toBe(false)
    await wrapper.find('[data-device="lost-bbbbbbb"] button').trigger('click')
    expect(wrapper.emitted('revoke')).toEqual([['lost-bbbbbbb']])
    await wrapper.findAll('button').at(-1)!.trigger('click')
    expect(wrapper.emitted('relink')).toHaveLength(1)
    expect(wrapper.text()).toContain(remoteRoomLabels.relinked)
  })
})
